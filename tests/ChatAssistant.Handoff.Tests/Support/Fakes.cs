using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Handoff.Tests.Support;

/// <summary>Recognizes what a test told it to, and nothing else.</summary>
internal sealed class FakeRecognizer : IRecognizer
{
    private readonly Dictionary<string, Recognition> _answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spid"] = new Recognition("spid-ottenere", 0.9, "it", []),
        ["vorrei parlare con una persona"] = new Recognition("intent:operatore", 0.9, "it", []),
    };

    public Recognition Recognize(string text, string? tenantId, string? language) =>
        _answers.GetValueOrDefault(text.Trim()) ?? new Recognition(Recognition.None, 0, language ?? "it", []);
}

internal sealed class FakeKnowledge : IKnowledgeAnswers
{
    private static readonly KnowledgeAnswer Spid = new(
        "spid-ottenere", "Come avere lo SPID", "Lo SPID è la tua identità digitale. Lo chiedi a un gestore.", [], null);

    public KnowledgeAnswer? Find(string topicId, string tenantId, string language) => topicId == Spid.Id ? Spid : null;
}

internal sealed class FakeTenants : ITenantDirectory
{
    public IReadOnlyList<Tenant> All { get; } =
    [
        new Tenant { Id = "milano", Name = "Comune di Milano" },
        new Tenant { Id = "cremona", Name = "Comune di Cremona" },
        new Tenant { Id = "auto", Name = "Comune Automatico" },
    ];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

internal sealed class NoLanguageDetector : ILanguageDetector
{
    public string? Detect(string text) => null;
}
