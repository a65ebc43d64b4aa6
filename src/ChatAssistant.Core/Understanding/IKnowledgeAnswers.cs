namespace ChatAssistant.Core.Understanding;

/// <summary>The answer the bot gives for a topic, with the municipality's own additions applied.</summary>
public interface IKnowledgeAnswers
{
    /// <summary>The entry for <paramref name="topicId"/> in <paramref name="language"/> (Italian when missing), or null.</summary>
    KnowledgeAnswer? Find(string topicId, string tenantId, string language);
}

public sealed record KnowledgeAnswer(string Id, string Title, string Body, IReadOnlyList<KnowledgeLink> Links, string? Flow);

public sealed record KnowledgeLink(string Title, string Url);
