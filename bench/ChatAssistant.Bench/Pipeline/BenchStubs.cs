using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>The trivial bot: one reply per turn. The lead swaps it for the dialog bot later.</summary>
internal sealed class EchoHandler : ITurnHandler
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        context.SendText("Ho ricevuto: " + context.Activity.Text);
        return Task.CompletedTask;
    }
}

internal sealed class OneTenant : ITenantDirectory
{
    private readonly Tenant _milano = new() { Id = "milano", Name = "Comune di Milano" };

    public IReadOnlyList<Tenant> All => [_milano];

    public Tenant? Find(string tenantId) => tenantId == _milano.Id ? _milano : null;
}

internal sealed class KeyTexts : IBotTexts
{
    public string Get(string key, string language) => key;

    public bool Has(string key, string language) => true;
}

internal sealed class ItalianDetector : ILanguageDetector
{
    public string? Detect(string text) => "it";
}
