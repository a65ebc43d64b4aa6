using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>One indexed phrasing: a question, keyword or title of an entry, or an example of an intent or of none.</summary>
/// <param name="TenantId">Null for common content; a municipality's own questions only count for that municipality.</param>
public sealed record IndexedExample(string Id, string Language, string Text, string? TenantId = null);

/// <summary>What the recognizer learns from: every phrasing in the knowledge base.</summary>
public static class ExampleSource
{
    public static IEnumerable<IndexedExample> All(KnowledgeBase knowledgeBase) =>
        Entries(knowledgeBase.Entries.Values, null)
            .Concat(knowledgeBase.Overrides.SelectMany(o => Entries([o.Entry], o.TenantId)))
            .Concat(knowledgeBase.Intents.SelectMany(Intent));

    /// <summary>Only the full questions and intent examples: the phrasings citizens actually type, used for calibration.</summary>
    public static bool IsQuestionLike(IndexedExample example, KnowledgeBase knowledgeBase) =>
        knowledgeBase.Intents.Any(i => i.Id == example.Id)
        || knowledgeBase.Find(example.Id, example.Language)?.Questions.Contains(example.Text) == true;

    private static IEnumerable<IndexedExample> Entries(IEnumerable<KnowledgeEntry> entries, string? tenantId)
    {
        foreach (var entry in entries)
        {
            yield return new IndexedExample(entry.Id, entry.Language, entry.Title, tenantId);
            foreach (var text in entry.Questions.Concat(entry.Keywords))
            {
                yield return new IndexedExample(entry.Id, entry.Language, text, tenantId);
            }
        }
    }

    private static IEnumerable<IndexedExample> Intent(IntentExamples intent) =>
        intent.Examples
            .Where(pair => pair.Key is "it" or "en")
            .SelectMany(pair => pair.Value.Select(text => new IndexedExample(intent.Id, pair.Key, text)));
}
