using ChatAssistant.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// The few things the Telegram edge says by itself (the bot never sees these cases as text). The bot's texts
/// (dialogs/strings) win when they define the key; these built-in ones keep the channel usable without them.
/// </summary>
public sealed class EdgeTexts(IServiceProvider services)
{
    public const string UnsupportedMedia = "telegram.unsupported_media";
    public const string TooLong = "telegram.too_long";
    public const string Received = "telegram.received";
    public const string GroupPrivate = "telegram.group_private";

    private static readonly Dictionary<string, (string It, string En)> BuiltIn = new(StringComparer.Ordinal)
    {
        [UnsupportedMedia] = ("Per ora leggo solo i messaggi scritti. Puoi scrivermi la tua domanda?",
            "For now I can only read written messages. Can you type your question?"),
        [TooLong] = ("Il messaggio è troppo lungo per me. Puoi scriverlo più breve? Al massimo {max} caratteri.",
            "Your message is too long for me. Can you make it shorter? At most {max} characters."),
        [Received] = ("Ricevuto, grazie.", "Received, thank you."),
        [GroupPrivate] = ("Per le questioni personali scrivimi in privato: {link}",
            "For personal matters, write to me in a private chat: {link}"),
    };

    private readonly IBotTexts? _botTexts = services.GetService<IBotTexts>();

    public string Get(string key, string language, params (string Name, string Value)[] values)
    {
        var text = _botTexts is not null && _botTexts.Has(key, language)
            ? _botTexts.Get(key, language)
            : language == Languages.English ? BuiltIn[key].En : BuiltIn[key].It;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
