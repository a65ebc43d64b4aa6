using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Bot.Tests.Support;

/// <summary>Recognizes what a test told it to, and nothing else.</summary>
internal sealed class FakeRecognizer : IRecognizer
{
    private readonly Dictionary<string, Recognition> _answers = new(StringComparer.OrdinalIgnoreCase);

    public FakeRecognizer Learn(string text, string id, params RecognitionCandidate[] alternatives)
    {
        _answers[text] = new Recognition(id, id == Recognition.None ? 0.2 : 0.9, "it", alternatives);
        return this;
    }

    /// <summary>A message that asks for <paramref name="id"/> and, in a clause of its own, for <paramref name="other"/> too.</summary>
    public FakeRecognizer LearnTwoNeeds(string text, string id, RecognitionCandidate other)
    {
        _answers[text] = new Recognition(id, 0.9, "it", []) { OtherNeeds = [other] };
        return this;
    }

    public Recognition Recognize(string text, string? tenantId, string? language) =>
        _answers.GetValueOrDefault(text.Trim()) ?? new Recognition(Recognition.None, 0, language ?? "it", []);
}

internal sealed class FakeKnowledge : IKnowledgeAnswers
{
    public static readonly KnowledgeAnswer Spid = new(
        "spid-ottenere", "Come avere lo SPID", "Lo SPID è la tua identità digitale. Lo chiedi a un gestore.",
        [new KnowledgeLink("SPID – sito ufficiale", "https://www.spid.gov.it/")], "intent:prenota");

    public static readonly KnowledgeAnswer Cie = new(
        "cie", "Carta d'identità elettronica", "La carta d'identità elettronica si chiede in Comune.", [], null);

    public KnowledgeAnswer? Find(string topicId, string tenantId, string language) =>
        topicId == Spid.Id ? Spid : topicId == Cie.Id ? Cie : null;
}

internal sealed class FakeTenants : ITenantDirectory
{
    public IReadOnlyList<Tenant> All { get; } =
    [
        new Tenant
        {
            Id = "milano",
            Name = "Comune di Milano",
            Website = "https://www.comune.milano.it/",
            Desks = [new HelpDesk { Id = "sormani", Name = "Biblioteca Sormani", Address = "Corso di Porta Vittoria 6", Hours = "lun-ven 9:30-12:30" }],
        },
        new Tenant { Id = "vuoto", Name = "Comune Senza Sportelli" },
    ];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

/// <summary>Never guesses the language, so only the citizen's choice (or the locale) changes it.</summary>
internal sealed class NoLanguageDetector : ILanguageDetector
{
    public string? Detect(string text) => null;
}
