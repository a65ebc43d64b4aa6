using ChatAssistant.Knowledge.Evaluation;

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

    /// <summary>
    /// Issue 18, point 10: every question the knowledge base was written with, and the development set of citizen
    /// questions, through the real recognizer; every button it could lead to ("did you mean", a second need) carries
    /// words, never an id such as <c>intent:prenota</c>.
    /// </summary>
    [Fact]
    public void Recognize_EveryKnownQuestion_OffersNoButtonLabelledWithAnId()
    {
        var service = TestKnowledge.Real;
        var recognizer = TestKnowledge.Recognizer(service);
        var questions = service.Current.Content.Entries.Values.SelectMany(e => e.Questions)
            .Concat(service.Current.Content.Intents.SelectMany(i => i.Examples.Values.SelectMany(e => e)))
            .Concat(DevelopmentQuestions())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var idLike = questions
            .SelectMany(q => recognizer.Recognize(q, "milano", null) is var r ? r.Alternatives.Concat(r.OtherNeeds).Select(c => (Question: q, c.Id, c.Title)) : [])
            .Where(b => b.Title.Length == 0 || b.Title == b.Id || b.Title.StartsWith("intent:", StringComparison.Ordinal))
            .Select(b => $"{b.Question} → {b.Id}: '{b.Title}'")
            .ToList();

        Assert.True(questions.Count > 1_500, $"only {questions.Count} questions");
        Assert.Empty(idLike);
    }

    /// <summary>../shared/kb/dev-questions.tsv beside the repository (CI has it too).</summary>
    private static IEnumerable<string> DevelopmentQuestions()
    {
        var file = Path.Combine(TestKnowledge.RealPath, "..", "..", "shared", "kb", "dev-questions.tsv");
        Assert.True(File.Exists(file), $"{file} is missing: the development questions sit beside the repository");
        return Evaluator.ParseTsv(File.ReadAllLines(file)).Select(c => c.Question);
    }
}
