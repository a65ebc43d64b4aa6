using ChatAssistant.Channels.Telegram.Sending;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    [Fact]
    public void FromMarkdown_MarkupCharacters_AreEscapedSoTelegramShowsThemAsTyped()
    {
        Assert.Equal("* _ [ ] &lt; &gt; &amp;", TelegramHtml.FromMarkdown("* _ [ ] < > &"));
    }

    [Fact]
    public void FromMarkdown_TagsInText_CannotInjectMarkup()
    {
        var html = TelegramHtml.FromMarkdown("<a href=\"https://evil\">premi</a> <b>x</b>");

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMarkdown_BoldLinksAndNumberedLists_BecomeHtml()
    {
        var html = TelegramHtml.FromMarkdown("Serve lo **SPID**.\n1. Vai su [spid.gov.it](https://www.spid.gov.it)\n2. Scegli *un gestore*");

        Assert.Equal("Serve lo <b>SPID</b>.\n1. Vai su <a href=\"https://www.spid.gov.it\">spid.gov.it</a>\n2. Scegli <i>un gestore</i>", html);
    }

    [Fact]
    public void FromMarkdown_HeadingsAndBullets_BecomeBoldAndDots()
    {
        Assert.Equal("<b>Documenti</b>\n• carta d'identità", TelegramHtml.FromMarkdown("## Documenti\n- carta d'identità"));
    }

    [Fact]
    public void FromMarkdown_LinkWithQuoteOrScriptScheme_StaysHarmlessText()
    {
        Assert.Equal("[x](javascript:alert(1))", TelegramHtml.FromMarkdown("[x](javascript:alert(1))"));
        Assert.Equal("<a href=\"https://a.it/&quot;onclick=x\">x</a>", TelegramHtml.FromMarkdown("[x](https://a.it/\"onclick=x)"));
    }

    [Fact]
    public void FromMarkdown_Code_IsNotFormattedInside()
    {
        Assert.Equal("<code>**non grassetto**</code>", TelegramHtml.FromMarkdown("`**non grassetto**`"));
    }

    [Fact]
    public void FromPlain_LeavesMarkdownAsTyped()
    {
        Assert.Equal("**ciao** &lt;3", TelegramHtml.FromPlain("**ciao** <3"));
    }
}
