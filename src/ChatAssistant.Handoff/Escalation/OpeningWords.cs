using System.Globalization;

namespace ChatAssistant.Handoff.Escalation;

/// <summary>"oggi alle 9:00", "domani alle 14:30", "lunedì 7 dicembre alle 9:00": when the volunteers are back, in the citizen's words.</summary>
public static class OpeningWords
{
    public static string Describe(DateTimeOffset opening, DateTimeOffset now, HandoffTexts texts, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "it-IT");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["time"] = opening.ToString("H:mm", culture),
            ["day"] = opening.ToString(language == "en" ? "dddd d MMMM" : "dddd d MMMM", culture),
        };
        var days = DateOnly.FromDateTime(opening.DateTime).DayNumber - DateOnly.FromDateTime(now.DateTime).DayNumber;
        var key = days switch
        {
            0 => HandoffTextKeys.Today,
            1 => HandoffTextKeys.Tomorrow,
            _ => HandoffTextKeys.OnDay,
        };
        return texts.Get(key, language, values);
    }
}
