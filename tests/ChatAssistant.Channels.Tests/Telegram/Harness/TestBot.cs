using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>
/// A tiny bot standing in for the dialog engine: a menu, a two-step flow kept in the conversation state,
/// a knowledge-style answer in Markdown, an echo and a very long answer.
/// </summary>
public sealed class TestBot : ITurnHandler
{
    public const string LongValue = "altro:una-scelta-con-un-valore-molto-lungo-che-non-entra-nei-64-byte-di-telegram";
    public const string SpidAnswer = "Per attivare lo **SPID** ti serve:\n1. un documento valido\n2. la tessera sanitaria\nGuida: [AgID](https://www.spid.gov.it/cos-e-spid/come-attivare-spid/)";

    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text?.Trim();
        var memory = context.State.Memory;
        switch (text)
        {
            case null or "" when context.Activity.Value?.TryGetProperty("location", out _) == true:
                // A flow that needs the place uses it in this turn; the store never keeps it.
                context.SendText("Hai condiviso una posizione.");
                break;
            case null or "":
                break;
            case "/start" or "/menu":
                memory.Remove("flow");
                context.SendText("Ciao! Scegli un servizio:", [
                    CardAction.ImBack("SPID", "menu:spid"),
                    CardAction.ImBack("Carta d'identità", "menu:cie"),
                    CardAction.ImBack("Altro", LongValue),
                    CardAction.OpenUrl("Sito del Comune", "https://www.comune.milano.it"),
                ]);
                break;
            case "menu:spid":
                memory["flow"] = "spid";
                context.SendText("Hai già un documento valido?", [CardAction.ImBack("Sì", "yes"), CardAction.ImBack("No", "no")]);
                break;
            case "yes" when memory.GetValueOrDefault("flow") == "spid":
                memory.Remove("flow");
                context.SendText("Bene! Puoi chiedere lo SPID online.");
                break;
            case LongValue:
                context.SendText("Hai scelto: altro.");
                break;
            case "boom":
                // A poison update: this message alone always breaks the bot.
                throw new InvalidOperationException("The test bot cannot handle this message.");
            case "lungo":
                context.SendText(string.Concat(Enumerable.Range(1, 300).Select(i => $"Questa è la frase numero {i} della risposta lunga. ")));
                break;
            default:
                if (text.StartsWith("echo ", StringComparison.Ordinal))
                {
                    context.SendText("Hai scritto: " + text[5..]);
                }
                else if (text.Contains("spid", StringComparison.OrdinalIgnoreCase))
                {
                    context.SendText(SpidAnswer);
                }
                else
                {
                    context.SendText($"Non ho capito: {text}");
                }

                break;
        }

        return Task.CompletedTask;
    }
}

public sealed class TestTenants : ITenantDirectory
{
    public IReadOnlyList<Tenant> All { get; } =
    [
        new Tenant { Id = "milano", Name = "Comune di Milano" },
        new Tenant { Id = "cremona", Name = "Comune di Cremona" },
    ];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

public sealed class TestTexts : IBotTexts
{
    public string Get(string key, string language) => key;

    public bool Has(string key, string language) => !key.StartsWith("telegram.", StringComparison.Ordinal);
}

public sealed class NoLanguageDetector : ILanguageDetector
{
    public string? Detect(string text) => null;
}
