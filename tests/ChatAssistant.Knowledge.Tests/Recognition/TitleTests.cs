namespace ChatAssistant.Knowledge.Tests.Recognition;

/// <summary>What a "did you mean" button says: a title in the citizen's language, never a catalogue id.</summary>
public sealed class TitleTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Title_EveryTopicAndIntentOfTheRealKnowledgeBase_IsWordsNotAnId(string language)
    {
        var service = TestKnowledge.Real;
        var ids = service.Current.Content.Entries.Values.Select(e => e.Id)
            .Concat(service.Current.Content.Intents.Select(i => i.Id).Where(id => id != "none"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var idLike = ids
            .Select(id => (Id: id, Title: service.Current.Index.Title(id, language)))
            .Where(pair => pair.Title == pair.Id || pair.Title.StartsWith("intent:", StringComparison.Ordinal))
            .Select(pair => pair.Id)
            .ToList();

        Assert.True(ids.Count > 30, $"only {ids.Count} ids");
        Assert.Empty(idLike);
    }

    [Fact]
    public void Title_IntentInEnglish_IsTheEnglishLabel() =>
        Assert.Equal("Book an appointment", TestKnowledge.Real.Current.Index.Title("intent:prenota", "en"));
}
