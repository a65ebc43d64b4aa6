namespace ChatAssistant.Channels.Telegram.Mapping;

/// <summary>The commands the bot offers. The dialogs handle them as plain text ("/menu").</summary>
public static class CommandText
{
    public static readonly IReadOnlyList<string> Commands = ["start", "menu", "aiuto", "operatore", "lingua", "privacy", "annulla"];

    /// <summary>"/menu@ComuneBot" → "/menu", so the dialogs see the same text in private and group chats.</summary>
    public static string Normalize(string text, string? botUsername)
    {
        if (!text.StartsWith('/') || botUsername is not { Length: > 0 })
        {
            return text;
        }

        var end = text.IndexOfAny([' ', '\n']);
        var command = end < 0 ? text : text[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && command[(at + 1)..].Equals(botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return command[..at] + (end < 0 ? "" : text[end..]);
        }

        return text;
    }
}
