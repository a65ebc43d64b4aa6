using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>One topic in one language, as written in knowledge-base/topics/&lt;id&gt;.&lt;lang&gt;.md.</summary>
public sealed record KnowledgeEntry(
    string Id,
    string Language,
    string Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<KnowledgeLink> Links,
    string? Flow,
    string Body,
    string SourcePath)
{
    /// <summary>When an editor last checked the whole entry against its sources; null when the file does not say.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>Where the entry's facts come from (front matter <c>sources:</c>).</summary>
    public IReadOnlyList<KnowledgeSource> Sources { get; init; } = [];
}

/// <summary>How a municipality's file changes the common entry.</summary>
public enum OverrideMode
{
    /// <summary>Append the body and the links to the common entry.</summary>
    Extend,

    /// <summary>Use the municipality's entry instead of the common one.</summary>
    Replace,
}

/// <summary>A municipality's own version of a topic (knowledge-base/comuni/&lt;tenant&gt;/topics/).</summary>
public sealed record TopicOverride(string TenantId, OverrideMode Mode, KnowledgeEntry Entry);

/// <summary>Example phrasings of an intent (or of <c>none</c>) per language.</summary>
/// <param name="Titles">The label of the intent by language ("it", "en"): what a "did you mean" button says.</param>
public sealed record IntentExamples(string Id, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, IReadOnlyList<string>> Examples, string SourcePath);

/// <summary>A file that could not be used, and why, in words a content editor understands.</summary>
/// <param name="IsWarning">Worth an editor's attention but not wrong (e.g. a review over a year old): lint still passes.</param>
public sealed record LoadProblem(string File, string Reason, bool IsWarning = false)
{
    public override string ToString() => IsWarning ? $"{File}: warning: {Reason}" : $"{File}: {Reason}";
}
