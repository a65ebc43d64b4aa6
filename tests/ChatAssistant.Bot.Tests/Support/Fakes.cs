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

    /// <summary>A full-length answer: opening, steps, a warning, what you need, who helps (the real knowledge base's shape).</summary>
    public static readonly KnowledgeAnswer Residence = new(
        "cambio-residenza", "Cambio di residenza",
        """
        Se vai a vivere in un'altra casa, devi dirlo al Comune entro 20 giorni. Di solito puoi farlo online sul sito dell'Anagrafe nazionale (ANPR).

        1. Vai su www.anagrafenazionale.interno.it ed entra con SPID, CIE o CNS.
        2. Scegli "Cambio di residenza".
        3. Scrivi il nuovo indirizzo e le persone che vengono con te.
        4. Allega i documenti richiesti e invia.

        **Se sei straniero e arrivi dall'estero:** la dichiarazione si fa al Comune.

        **Cosa serve:**
        - i documenti di chi cambia casa
        - il contratto d'affitto

        **Chi ti aiuta:** i volontari dello sportello digitale ti aiutano gratis. Non ti chiedono mai password o codici.
        """,
        [new KnowledgeLink("ANPR – cambio di residenza online", "https://www.anagrafenazionale.interno.it/")], "intent:prenota");

    /// <summary>The same shape in English, for the English button labels.</summary>
    public static readonly KnowledgeAnswer ResidenceEnglish = Residence with
    {
        Body = """
        If you move to another home, you must tell the municipality within 20 days. Usually you can do it online (ANPR).

        1. Go to www.anagrafenazionale.interno.it and log in with SPID, CIE or CNS.
        2. Choose "Cambio di residenza".

        **What you need:**
        - the documents of everyone moving

        **Who helps you:** the volunteers at the digital help desk help you for free.
        """,
    };

    /// <summary>The bookable service's entry: its "Cosa serve" is what the booking and the reminders say to bring.</summary>
    public static readonly KnowledgeAnswer DigitalHelp = new(
        "facilitazione-digitale", "Lo sportello digitale",
        """
        Allo sportello digitale i volontari ti aiutano a usare i servizi online.

        **Cosa serve:**
        - un documento d'identità e la tessera sanitaria
        - il tuo telefono carico

        **Chi ti aiuta:** i volontari dello sportello, gratis.
        """,
        [], "intent:prenota");

    public KnowledgeAnswer? Find(string topicId, string tenantId, string language) => topicId switch
    {
        "facilitazione-digitale" => DigitalHelp,
        "spid-ottenere" => Spid,
        "cie" => Cie,
        "cambio-residenza" => language == "en" ? ResidenceEnglish : Residence,
        _ => null,
    };
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
        new Tenant
        {
            Id = "esempio",
            Name = "Comune di Esempio",
            Website = "https://www.comune.esempio.it/",
            Desks =
            [
                new HelpDesk { Id = "biblioteca", Name = "Biblioteca di quartiere", Address = "Via Roma 1", Hours = "lun-ven 9-12 (orari di esempio)", ExampleHours = true, Note = "Qui c'erano i volontari di un progetto del 2023." },
                new HelpDesk { Id = "anagrafe", Name = "Anagrafe centrale", Address = "Piazza Grande 2" },
            ],
        },
    ];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

/// <summary>Never guesses the language, so only the citizen's choice (or the locale) changes it.</summary>
internal sealed class NoLanguageDetector : ILanguageDetector
{
    public string? Detect(string text) => null;
}
