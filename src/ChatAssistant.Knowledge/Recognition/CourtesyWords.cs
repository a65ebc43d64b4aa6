namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// Greetings, thanks and apologies (accent-folded, lowercase). They wrap a need without saying anything about it,
/// so they are taken out of a message that has anything else in it: "buongiorno, scusate il disturbo, come cambio
/// la residenza?" is about residence, and only "buongiorno" alone is a greeting. "Aiuto" is not one of them: taken
/// out, "ho bisogno di aiuto" would lose its meaning.
/// </summary>
internal static class CourtesyWords
{
    private static readonly HashSet<string> Words = new(
        ("buongiorno buondi buonasera buonanotte buon pomeriggio salve ciao ciaoo salve arrivederci saluti cordiali " +
         "grazie mille tante scusa scusate scusi scusami scusatemi disturbo disturbare gentile gentili gentilmente cortesia " +
         "hello hi hey hiya morning evening afternoon good thanks thank thx sorry bother dear regards kind kindly cheers")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string plainWord) => Words.Contains(plainWord);
}
