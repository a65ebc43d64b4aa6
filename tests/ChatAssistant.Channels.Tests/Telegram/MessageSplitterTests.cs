using ChatAssistant.Channels.Telegram.Sending;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortText_IsOneMessage()
    {
        Assert.Equal(["Ciao!"], MessageSplitter.Split("Ciao!"));
    }

    [Fact]
    public void Split_LongText_CutsAtSentenceEndsWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("Questa è una frase abbastanza lunga per il test. ", 200));

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.TelegramLimit));
        Assert.All(parts, p => Assert.EndsWith("per il test.", p, StringComparison.Ordinal));
        Assert.Equal(text.Trim(), string.Join(" ", parts));
    }

    [Fact]
    public void Split_PrefersParagraphBreaks()
    {
        var first = string.Concat(Enumerable.Repeat("Uno due tre. ", 200)).Trim();
        var second = string.Concat(Enumerable.Repeat("Quattro cinque. ", 200)).Trim();

        var parts = MessageSplitter.Split(first + "\n\n" + second);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void Split_TextWithoutSpaces_StillFitsTheLimit()
    {
        var parts = MessageSplitter.Split(new string('x', 9000));

        Assert.Equal([4096, 4096, 808], parts.Select(p => p.Length));
    }
}
