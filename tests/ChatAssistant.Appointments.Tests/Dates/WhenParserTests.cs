using ChatAssistant.Appointments.Dates;

namespace ChatAssistant.Appointments.Tests.Dates;

/// <summary>The typed dates and times of the booking flow, in Italian and English, on Saturday 5 December 2026 (issue 15).</summary>
public sealed class WhenParserTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    // relative days
    [InlineData("oggi", "2026-12-05")]
    [InlineData("domani", "2026-12-06")]
    [InlineData("Dopodomani", "2026-12-07")]
    [InlineData("today", "2026-12-05")]
    [InlineData("tomorrow", "2026-12-06")]
    [InlineData("the day after tomorrow", "2026-12-07")]
    [InlineData("tra una settimana", "2026-12-12")]
    [InlineData("fra una settimana", "2026-12-12")]
    [InlineData("tra due settimane", "2026-12-19")]
    [InlineData("tra 3 giorni", "2026-12-08")]
    [InlineData("fra tre giorni", "2026-12-08")]
    [InlineData("in a week", "2026-12-12")]
    [InlineData("in 2 weeks", "2026-12-19")]
    [InlineData("in 3 days", "2026-12-08")]
    [InlineData("la prossima settimana", "2026-12-12")]
    [InlineData("next week", "2026-12-12")]
    // weekdays
    [InlineData("lunedì", "XXXX-WXX-1")]
    [InlineData("martedi", "XXXX-WXX-2")]
    [InlineData("mercoledì prossimo", "XXXX-WXX-3")]
    [InlineData("Giovedì", "XXXX-WXX-4")]
    [InlineData("venerdì", "XXXX-WXX-5")]
    [InlineData("sabato", "XXXX-WXX-6")]
    [InlineData("Monday", "XXXX-WXX-1")]
    [InlineData("next Tuesday", "XXXX-WXX-2")]
    [InlineData("on Friday", "XXXX-WXX-5")]
    // parts of the day
    [InlineData("giovedì mattina", "XXXX-WXX-4TMO")]
    [InlineData("venerdì pomeriggio", "XXXX-WXX-5TAF")]
    [InlineData("domani mattina", "2026-12-06TMO")]
    [InlineData("domani pomeriggio", "2026-12-06TAF")]
    [InlineData("stamattina", "2026-12-05TMO")]
    [InlineData("oggi pomeriggio", "2026-12-05TAF")]
    [InlineData("stasera", "2026-12-05TEV")]
    [InlineData("tomorrow morning", "2026-12-06TMO")]
    [InlineData("Thursday afternoon", "XXXX-WXX-4TAF")]
    [InlineData("monday evening", "XXXX-WXX-1TEV")]
    [InlineData("in mattinata", "TMO")]
    // times
    [InlineData("domani alle 10", "2026-12-06T10")]
    [InlineData("domani alle 10:30", "2026-12-06T10:30")]
    [InlineData("domani alle 10.30", "2026-12-06T10:30")]
    [InlineData("domani alle 10 e mezza", "2026-12-06T10:30")]
    [InlineData("giovedì alle 9 e un quarto", "XXXX-WXX-4T09:15")]
    [InlineData("giovedì alle 11 meno un quarto", "XXXX-WXX-4T10:45")]
    [InlineData("alle 3 del pomeriggio", "T15")]
    [InlineData("martedì alle 3 del pomeriggio", "XXXX-WXX-2T15")]
    [InlineData("alle 3", "T15")]
    [InlineData("alle 9", "T09")]
    [InlineData("alle ore 11", "T11")]
    [InlineData("a mezzogiorno", "T12")]
    [InlineData("alle 4 di pomeriggio", "T16")]
    [InlineData("tomorrow at 3pm", "2026-12-06T15")]
    [InlineData("tomorrow at 3 pm", "2026-12-06T15")]
    [InlineData("at 10am", "T10")]
    [InlineData("at 10:30", "T10:30")]
    [InlineData("friday at 9:15", "XXXX-WXX-5T09:15")]
    [InlineData("monday at noon", "XXXX-WXX-1T12")]
    [InlineData("at 2:30pm on Thursday", "XXXX-WXX-4T14:30")]
    // dates with and without year
    [InlineData("il 3 dicembre", "XXXX-12-03")]
    [InlineData("3 dicembre", "XXXX-12-03")]
    [InlineData("il 10 dicembre 2026", "2026-12-10")]
    [InlineData("il 15 gennaio", "XXXX-01-15")]
    [InlineData("il 1 marzo 2027", "2027-03-01")]
    [InlineData("December 3", "XXXX-12-03")]
    [InlineData("3rd December", "XXXX-12-03")]
    [InlineData("december 10, 2026", "2026-12-10")]
    [InlineData("Jan 8", "XXXX-01-08")]
    [InlineData("10/12", "XXXX-12-10")]
    [InlineData("10/12/2026", "2026-12-10")]
    [InlineData("il 10/12 alle 11", "XXXX-12-10T11")]
    [InlineData("il 3 dicembre alle 10 e mezza", "XXXX-12-03T10:30")]
    [InlineData("il 20 dicembre 2025", "2025-12-20")]
    public void ToTimex_Phrase_GivesTheTimex(string phrase, string timex) =>
        Assert.Equal(timex, WhenParser.ToTimex(phrase, Today));

    [Theory]
    [InlineData("non lo so")]
    [InlineData("ciao")]
    [InlineData("prenotare")]
    [InlineData("")]
    public void ToTimex_NoDateOrTime_GivesNull(string phrase) => Assert.Null(WhenParser.ToTimex(phrase, Today));
}
