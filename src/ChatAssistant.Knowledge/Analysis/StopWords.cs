using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// Our own stop lists, already accent-folded. The stock Italian list removes words a help desk needs
/// (non, più, come, dove, chi, quale, quando, io as in "app IO", mie as in "le mie prenotazioni"), so they are kept here.
/// </summary>
internal static class StopWords
{
    public static readonly CharArraySet Italian = Set(
        "il lo la i gli le l un uno una un di a da in con su per tra fra " +
        "del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle " +
        "nel nello nella nei negli nelle sul sullo sulla sui sugli sulle col coi " +
        "e ed o od ma pero che se anche mi ti ci vi si ne me te ce ve " +
        "ho hai ha abbiamo avete hanno sono sei e siamo siete era erano sia " +
        "questo questa questi queste quello quella quelli quelle " +
        "c po gia ancora molto tanto tutto tutti proprio allora quindi poi " +
        "favore " +
        // Wanting and needing verbs say nothing about the topic: "voglio fare lo SPID" is about SPID.
        "voglio vorrei volevo devo dovrei posso potrei fare fa");

    public static readonly CharArraySet English = Set(
        "a an the of to in on for at by with from into about and or but if so " +
        "is are was were be been am do does did i me it its this that these those there here " +
        "s t please just some any " +
        "want would like need could get");

    /// <summary>Leading parts cut by elision: l'anagrafe, dell'ufficio, un'altra, c'è.</summary>
    public static readonly CharArraySet ItalianElisions = Set(
        "l un d c s m t v n all dall dell nell sull coll pell quest quell tutt sant nessun qual");

    private static CharArraySet Set(string words)
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 128, ignoreCase: true);
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }
}
