using ChatAssistant.Core.Tenants;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>An immutable snapshot of everything under knowledge-base/: replaced as a whole on reload.</summary>
public sealed class KnowledgeBase
{
    public required string RootPath { get; init; }

    /// <summary>Common entries keyed by "id.lang".</summary>
    public required IReadOnlyDictionary<string, KnowledgeEntry> Entries { get; init; }

    public required IReadOnlyList<IntentExamples> Intents { get; init; }

    /// <summary>Solr-format synonym text per language ("it", "en").</summary>
    public required IReadOnlyDictionary<string, string> Synonyms { get; init; }

    public required IReadOnlyList<Tenant> Tenants { get; init; }

    public required IReadOnlyList<TopicOverride> Overrides { get; init; }

    public required IReadOnlyList<LoadProblem> Problems { get; init; }

    public static string Key(string id, string language) => $"{id}.{language}";

    public KnowledgeEntry? Find(string id, string language) =>
        Entries.TryGetValue(Key(id, language), out var entry) ? entry : null;

    public TopicOverride? FindOverride(string tenantId, string id, string language) =>
        Overrides.FirstOrDefault(o => o.TenantId == tenantId && o.Entry.Id == id && o.Entry.Language == language);

    /// <summary>Every distinct topic id with at least one entry.</summary>
    public IEnumerable<string> TopicIds => Entries.Values.Select(e => e.Id).Distinct(StringComparer.Ordinal);
}
