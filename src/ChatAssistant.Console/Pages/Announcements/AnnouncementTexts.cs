using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.StaffConsole.Localization;

namespace ChatAssistant.StaffConsole.Pages.Announcements;

/// <summary>The announcements pages' words, Italian first, English second (the console's language switch picks).</summary>
public static class AnnouncementTexts
{
    private static readonly Dictionary<string, (string It, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("Avvisi ai quartieri", "Neighbourhood announcements"),
        ["intro"] = ("Scrivi un avviso ai cittadini iscritti ai quartieri. Arriva su Telegram, segnato come messaggio automatico del Comitato.",
            "Write an announcement to the citizens subscribed to the neighbourhoods. It reaches them on Telegram, marked as an automatic message of the Committee."),
        ["new"] = ("Nuovo avviso", "New announcement"),
        ["edit"] = ("Modifica l'avviso", "Edit the announcement"),
        ["field.title"] = ("Titolo", "Title"),
        ["field.text"] = ("Testo", "Text"),
        ["field.text.hint"] = ("Frasi brevi. **grassetto**, *corsivo* e [testo](https://link) si vedono su Telegram.", "Short sentences. **bold**, *italic* and [text](https://link) show on Telegram."),
        ["field.link"] = ("Link (facoltativo)", "Link (optional)"),
        ["field.image"] = ("Immagine (facoltativa, al massimo 5 MB)", "Image (optional, at most 5 MB)"),
        ["field.neighbourhoods"] = ("Quartieri", "Neighbourhoods"),
        ["field.when"] = ("Quando inviarlo", "When to send"),
        ["when.now"] = ("Subito", "Now"),
        ["when.later"] = ("A un'ora precisa", "At a set time"),
        ["field.sendAt"] = ("Data e ora", "Date and time"),
        ["counter"] = ("caratteri usati", "characters used"),
        ["preview"] = ("Anteprima", "Preview"),
        ["preview.title"] = ("Così lo vedranno i cittadini", "How citizens will see it"),
        ["send"] = ("Invia", "Send"),
        ["save"] = ("Salva le modifiche", "Save changes"),
        ["list"] = ("Avvisi", "Announcements"),
        ["none"] = ("Nessun avviso per ora.", "No announcements yet."),
        ["col.title"] = ("Titolo", "Title"),
        ["col.when"] = ("Invio", "Sending"),
        ["col.status"] = ("Stato", "Status"),
        ["col.progress"] = ("Inviati / totale · non riusciti · irraggiungibili", "Sent / total · failed · unreachable"),
        ["col.actions"] = ("Azioni", "Actions"),
        ["cancel"] = ("Annulla l'invio", "Cancel"),
        ["retract"] = ("Ritira", "Retract"),
        ["approve"] = ("Approva", "Approve"),
        ["report"] = ("Rapporto", "Report"),
        ["created"] = ("Avviso salvato.", "Announcement saved."),
        ["cancelled"] = ("Fatto.", "Done."),
        ["problems"] = ("L'avviso non è stato inviato:", "The announcement was not sent:"),
        ["report.title"] = ("Rapporto di invio", "Delivery report"),
        ["report.citizen"] = ("Cittadino", "Citizen"),
        ["report.channel"] = ("Canale", "Channel"),
        ["report.status"] = ("Esito", "Outcome"),
        ["report.note"] = ("Nota", "Note"),
        ["back"] = ("Torna agli avvisi", "Back to announcements"),
        [nameof(AnnouncementStatus.PendingApproval)] = ("Da approvare", "Awaiting approval"),
        [nameof(AnnouncementStatus.Scheduled)] = ("Programmato", "Scheduled"),
        [nameof(AnnouncementStatus.Sending)] = ("In invio", "Sending"),
        [nameof(AnnouncementStatus.Sent)] = ("Inviato", "Sent"),
        [nameof(AnnouncementStatus.Cancelled)] = ("Annullato", "Cancelled"),
        [nameof(AnnouncementStatus.Retracted)] = ("Ritirato", "Retracted"),
        ["r." + nameof(RecipientStatus.Pending)] = ("In attesa", "Waiting"),
        ["r." + nameof(RecipientStatus.Queued)] = ("In coda", "Queued"),
        ["r." + nameof(RecipientStatus.Sent)] = ("Consegnato", "Delivered"),
        ["r." + nameof(RecipientStatus.Failed)] = ("Non riuscito", "Failed"),
        ["r." + nameof(RecipientStatus.Unreachable)] = ("Ha bloccato il bot (iscrizione tolta)", "Blocked the bot (unsubscribed)"),
        ["r." + nameof(RecipientStatus.Retracted)] = ("Ritirato", "Retracted"),
    };

    public static string Get(string key) => Texts.TryGetValue(key, out var t) ? (ConsoleText.IsEnglish ? t.En : t.It) : key;

    public static string Of(DraftProblem problem) => ConsoleText.IsEnglish ? problem.En : problem.It;
}
