using ChatAssistant.Reports.Drafts;

namespace ChatAssistant.Reports.Tests.Drafts;

public sealed class KnowledgeDraftTests
{
    [Fact]
    public void Write_NotUnderstoodQuestions_DraftsAnEntryKbLintWillHoldUntilFilledIn()
    {
        var draft = KnowledgeDraft.Write(["come rinnovo il permesso di soggiorno", "il \"permesso\" scade"], new DateOnly(2026, 12, 5));

        Assert.StartsWith("---\nid: come-rinnovo-permesso-soggiorno ", draft, StringComparison.Ordinal);
        Assert.Contains("  - \"come rinnovo il permesso di soggiorno\"\n", draft, StringComparison.Ordinal);
        Assert.Contains("  - \"il \\\"permesso\\\" scade\"\n", draft, StringComparison.Ordinal);
        Assert.Contains("reviewed: TODO", draft, StringComparison.Ordinal);
        Assert.Contains("**Cosa serve:**", draft, StringComparison.Ordinal);
        Assert.Equal("come-rinnovo-permesso-soggiorno.it.md", KnowledgeDraft.FileName("come rinnovo il permesso di soggiorno"));
    }
}
