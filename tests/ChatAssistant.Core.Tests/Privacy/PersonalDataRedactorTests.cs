using ChatAssistant.Core.Privacy;

namespace ChatAssistant.Core.Tests.Privacy;

/// <summary>What a coordinator may read of a question the bot did not understand: the need, never the person.</summary>
public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Mi chiamo Mario Rossi e non riesco a pagare", "mi chiamo [nome] e non riesco a pagare")]
    [InlineData("Mario Rossi, come pago la TARI?", "[nome], come pago la tari?")]
    [InlineData("scrivetemi a mario.rossi@gmail.com grazie", "scrivetemi a [email] grazie")]
    [InlineData("il mio codice fiscale è RSSMRA80A01F205X", "il mio codice fiscale è [codice fiscale]")]
    [InlineData("chiamatemi al +39 333 123 4567", "chiamatemi al [numero]")]
    [InlineData("la password è Roma2024!", "la password è [nascosto]")]
    [InlineData("Come   rinnovo lo SPID\nscaduto?", "come rinnovo lo spid scaduto?")]
    [InlineData("appuntamento il 12/05/2026 alle 10", "appuntamento il 12/05/2026 alle 10")]
    public void ForReports_DropsWhatNamesAPerson_KeepsTheNeed(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.ForReports(text));

    [Fact]
    public void ForReports_LongText_IsCut()
    {
        Assert.Equal(PersonalDataRedactor.MaxLength, PersonalDataRedactor.ForReports(string.Concat(Enumerable.Repeat("parola ", 100)))!.Length);
        Assert.Null(PersonalDataRedactor.ForReports("   "));
    }
}
