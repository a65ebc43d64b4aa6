using ChatAssistant.Core.Understanding;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Service;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Answers from the serving snapshot, with the municipality's override applied.</summary>
public sealed class KnowledgeAnswers(KnowledgeService knowledge) : IKnowledgeAnswers
{
    public KnowledgeAnswer? Find(string topicId, string tenantId, string language) =>
        Compose(knowledge.Current.Content, topicId, tenantId, language);

    /// <summary>
    /// The entry in the language asked for, else Italian. A tenant's "replace" file takes the place of the common entry;
    /// an "extend" file appends its body and links. An override in the same language wins over one in Italian.
    /// </summary>
    public static KnowledgeAnswer? Compose(KnowledgeBase content, string topicId, string tenantId, string language)
    {
        var common = content.Find(topicId, language) ?? content.Find(topicId, "it");
        var effectiveLanguage = common?.Language ?? language;
        var own = content.FindOverride(tenantId, topicId, language) ?? content.FindOverride(tenantId, topicId, effectiveLanguage);
        if (own is not null && (own.Mode == OverrideMode.Replace || common is null))
        {
            return ToAnswer(own.Entry);
        }

        if (common is null)
        {
            return null;
        }

        if (own is null)
        {
            return ToAnswer(common);
        }

        var links = common.Links.Concat(own.Entry.Links).DistinctBy(l => l.Url).ToList();
        var body = string.IsNullOrWhiteSpace(own.Entry.Body) ? common.Body : $"{common.Body}\n\n{own.Entry.Body}";
        return new KnowledgeAnswer(common.Id, common.Title, body, links, own.Entry.Flow ?? common.Flow);
    }

    private static KnowledgeAnswer ToAnswer(KnowledgeEntry entry) =>
        new(entry.Id, entry.Title, entry.Body, entry.Links, entry.Flow);
}
