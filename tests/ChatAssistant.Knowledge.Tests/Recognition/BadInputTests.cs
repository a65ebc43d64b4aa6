using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Recognition;

public sealed class BadInputTests
{
    private readonly KnowledgeRecognizer _recognizer = TestKnowledge.Recognizer(TestKnowledge.Fixture);

    public static TheoryData<string> Inputs() => new()
    {
        "",
        "   \n\t ",
        "😀😀🙏",
        "12345 678",
        "title:\"x\" AND * OR cie~ NOT [a TO z] {b} ^2 \\",
        "'; DROP TABLE users; --",
        "Где получить паспорт?",
        "كيف أحصل على بطاقة الهوية",
        "我怎么办身份证",
        new string('x', 4000),
        string.Concat(Enumerable.Repeat("asd qwe zxc ", 350)),
        "((((((((((((((((",
        "\0\u0001\u200b",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Recognize_BadInput_ReturnsNoneWithoutThrowing(string text)
    {
        var result = _recognizer.Recognize(text, "milano", null);

        Assert.True(result.IsNone);
        Assert.InRange(result.Score, 0, 1);
        Assert.Contains(result.Language, new[] { "it", "en" });
    }

    [Fact]
    public void Recognize_QuerySyntaxAroundARealWord_IsReadAsText() =>
        Assert.Equal("cie", _recognizer.Recognize("title:\"carta d'identità\" AND * persa", null, null).Id);

    [Fact]
    public void Recognize_NoClueAboutLanguage_UsesTheConversationLanguage() =>
        Assert.Equal("en", _recognizer.Recognize("😀", null, "en").Language);
}
