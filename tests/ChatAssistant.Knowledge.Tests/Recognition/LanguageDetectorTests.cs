using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Recognition;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = new();

    [Theory]
    [InlineData("come faccio a fare lo spid", "it")]
    [InlineData("dov'è l'anagrafe?", "it")]
    [InlineData("non riesco più a entrare", "it")]
    [InlineData("how do I get my SPID?", "en")]
    [InlineData("I lost my identity card", "en")]
    [InlineData("where is the help desk", "en")]
    public void Detect_Sentence_ReturnsItsLanguage(string text, string expected) => Assert.Equal(expected, _detector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("👍")]
    [InlineData("spid")]
    public void Detect_NoClue_ReturnsNull(string text) => Assert.Null(_detector.Detect(text));
}
