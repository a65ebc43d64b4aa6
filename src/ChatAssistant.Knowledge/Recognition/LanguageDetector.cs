using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// Italian or English from the short words every sentence has and from Italian accents. Messages are short and
/// the choice is between two languages, so counting markers beats a statistical model here.
/// </summary>
public sealed class LanguageDetector : ILanguageDetector
{
    // Words typical of one language and rare in the other (ambiguous ones like "a", "in", "no", "me", "i" are left out).
    private static readonly HashSet<string> Italian = new(
        ("il lo la gli le di da del della dei delle che non per con sono sei come dove cosa chi quale quando quanto perche " +
         "voglio vorrei volevo devo posso puoi mi ho ha hai un una uno mio mia mie miei ciao buongiorno buonasera grazie " +
         "anche ancora piu si ci e al alla nel nella sul questo questa fare fatto serve bisogno aiuto ecco salve sto").Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> English = new(
        ("the an is are was you your my how what where when who which why can could would should do does did to of for " +
         "with please hello hi hey thanks thank want need have has lost forgot get this that it i'm i've don't can't " +
         "help book change card pay there am be will from and or not").Split(' '),
        StringComparer.Ordinal);

    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        double italian = 0, english = 0;
        foreach (var raw in text.Split([' ', '\t', '\n', '\r', ',', '.', '?', '!', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant().Replace('\u2019', '\'');
            if (word.Length > 40)
            {
                continue;
            }

            if (word.IndexOfAny(['à', 'è', 'é', 'ì', 'ò', 'ù']) >= 0)
            {
                italian += 1;
            }

            // Italian elisions (l'anagrafe, dell'ufficio, un'altra) are a strong Italian marker.
            var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe is > 0 and <= 4 && word.Length > apostrophe + 1 && !word.EndsWith("'s", StringComparison.Ordinal)
                && !English.Contains(word))
            {
                italian += 1;
                word = word[(apostrophe + 1)..];
            }

            if (Italian.Contains(word))
            {
                italian += 1;
            }
            else if (English.Contains(word))
            {
                english += 1;
            }
        }

        if (italian == english)
        {
            return null;
        }

        return italian > english ? "it" : "en";
    }
}
