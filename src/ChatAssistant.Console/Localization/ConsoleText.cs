using System.Globalization;

namespace ChatAssistant.StaffConsole.Localization;

/// <summary>
/// The console's words, Italian first and English second, chosen by the request culture (a cookie set by the language
/// switch). A missing key shows the key itself, so a gap is visible rather than blank.
/// </summary>
public static class ConsoleText
{
    private static readonly Dictionary<string, (string It, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["app"] = ("Console volontari", "Volunteer console"),
        ["skip"] = ("Vai al contenuto", "Skip to content"),
        ["signin.title"] = ("Accedi", "Sign in"),
        ["signin.email"] = ("Indirizzo e-mail", "E-mail address"),
        ["signin.password"] = ("Password", "Password"),
        ["signin.submit"] = ("Accedi", "Sign in"),
        ["signin.wrong"] = ("E-mail o password non corretti.", "Wrong e-mail or password."),
        ["signin.locked"] = ("Troppi tentativi sbagliati. Account bloccato per {0} minuti.", "Too many wrong passwords. Account locked for {0} minutes."),
        ["signout"] = ("Esci", "Sign out"),
        ["password.title"] = ("Cambia password", "Change password"),
        ["password.first"] = ("Hai una password temporanea: scegli la tua per continuare.", "You have a one-time password: choose your own to continue."),
        ["password.current"] = ("Password attuale", "Current password"),
        ["password.new"] = ("Nuova password", "New password"),
        ["password.hint"] = ("Almeno {0} caratteri.", "At least {0} characters."),
        ["password.confirm"] = ("Ripeti la nuova password", "Repeat the new password"),
        ["password.mismatch"] = ("Le due password non sono uguali.", "The two passwords differ."),
        ["password.done"] = ("Password cambiata.", "Password changed."),
        ["password.submit"] = ("Salva", "Save"),
        ["nav.queue"] = ("Coda", "Queue"),
        ["nav.chats"] = ("Le mie chat", "My chats"),
        ["nav.replies"] = ("Risposte pronte", "Canned replies"),
        ["nav.accounts"] = ("Account", "Accounts"),
        ["nav.jobs"] = ("Attività pianificate", "Scheduled jobs"),
        ["nav.password"] = ("Cambia password", "Change password"),
        ["nav.main"] = ("Menu principale", "Main menu"),
        ["lang.switch"] = ("English", "Italiano"),
        ["lang.label"] = ("Lingua", "Language"),
        ["queue.title"] = ("Coda delle richieste", "Request queue"),
        ["queue.intro"] = ("Cittadini che aspettano una persona. Le nuove richieste arrivano da sole, con un suono.", "Citizens waiting for a person. New requests appear by themselves, with a sound."),
        ["queue.empty"] = ("Nessuno in attesa.", "Nobody is waiting."),
        ["queue.topic"] = ("Argomento", "Topic"),
        ["queue.channel"] = ("Canale", "Channel"),
        ["queue.waiting"] = ("In attesa da", "Waiting for"),
        ["queue.claim"] = ("Prendi in carico", "Take"),
        ["queue.new"] = ("nuova", "new"),
        ["queue.unavailable"] = ("La coda non è disponibile in questo momento.", "The queue is not available right now."),
        ["queue.live"] = ("Aggiornamento automatico attivo", "Live updates on"),
        ["queue.offline"] = ("Aggiornamento automatico interrotto: ricarica la pagina", "Live updates stopped: reload the page"),
        ["queue.sound"] = ("Suono per le nuove richieste", "Sound for new requests"),
        ["chats.title"] = ("Le mie chat", "My chats"),
        ["chats.empty"] = ("Non hai chat aperte. Prendine una dalla coda.", "You have no open chats. Take one from the queue."),
        ["chat.title"] = ("Chat", "Chat"),
        ["chat.transcript"] = ("Conversazione", "Conversation"),
        ["chat.reply"] = ("Risposta", "Reply"),
        ["chat.send"] = ("Invia", "Send"),
        ["chat.release"] = ("Rimetti in coda", "Back to the queue"),
        ["chat.close"] = ("Chiudi la chat", "Close the chat"),
        ["chat.canned"] = ("Inserisci una risposta pronta", "Insert a canned reply"),
        ["chat.citizen"] = ("Cittadino", "Citizen"),
        ["chat.volunteer"] = ("Volontario", "Volunteer"),
        ["chat.bot"] = ("Assistente", "Assistant"),
        ["chat.sent"] = ("Messaggio inviato.", "Message sent."),
        ["replies.title"] = ("Risposte pronte", "Canned replies"),
        ["replies.intro"] = ("Frasi da inserire nella risposta con un clic.", "Sentences to insert in a reply with one click."),
        ["replies.add"] = ("Nuova risposta pronta", "New canned reply"),
        ["replies.placeholders"] = ("Puoi usare {nome} (il nome del cittadino), {orari} (gli orari della chat) e {comune}.", "You can use {nome} (the citizen's name), {orari} (the chat hours) and {comune}."),
        ["replies.name"] = ("Titolo", "Title"),
        ["replies.text"] = ("Testo", "Text"),
        ["replies.save"] = ("Salva", "Save"),
        ["accounts.title"] = ("Account", "Accounts"),
        ["accounts.add"] = ("Nuovo account", "New account"),
        ["accounts.email"] = ("E-mail", "E-mail"),
        ["accounts.name"] = ("Nome", "Name"),
        ["accounts.role"] = ("Ruolo", "Role"),
        ["accounts.state"] = ("Stato", "State"),
        ["accounts.active"] = ("Attivo", "Active"),
        ["accounts.disabled"] = ("Disattivato", "Disabled"),
        ["accounts.locked"] = ("Bloccato fino alle {0}", "Locked until {0}"),
        ["accounts.actions"] = ("Azioni", "Actions"),
        ["accounts.disable"] = ("Disattiva", "Disable"),
        ["accounts.enable"] = ("Riattiva", "Enable"),
        ["accounts.reset"] = ("Nuova password", "Reset password"),
        ["accounts.create"] = ("Crea", "Create"),
        ["accounts.onetime"] = ("Password temporanea per {0}: {1} — comunicala di persona; verrà chiesto di cambiarla al primo accesso.", "One-time password for {0}: {1} — hand it over in person; it must be changed at first sign-in."),
        ["account.problem.email"] = ("Questo non è un indirizzo e-mail.", "This is not an e-mail address."),
        ["account.problem.role"] = ("Ruolo sconosciuto.", "Unknown role."),
        ["account.problem.tenant"] = ("Manca il Comune dell'account.", "The account has no municipality."),
        ["account.problem.weak"] = ("La password deve avere almeno {0} caratteri.", "The password must be at least {0} characters long."),
        ["account.problem.exists"] = ("Esiste già un account con questa e-mail.", "An account with this e-mail already exists."),
        ["account.problem.missing"] = ("Account non trovato.", "No such account."),
        ["account.problem.current"] = ("La password attuale non è corretta.", "The current password is not right."),
        ["account.problem.same"] = ("Scegli una password diversa da quella attuale.", "Choose a password different from the current one."),
        ["denied.title"] = ("Accesso non consentito", "Access denied"),
        ["denied.text"] = ("Il tuo ruolo non permette di aprire questa pagina.", "Your role cannot open this page."),
        ["role.volunteer"] = ("Volontario", "Volunteer"),
        ["role.coordinator"] = ("Coordinatore", "Coordinator"),
        ["role.committee"] = ("Comitato", "Committee"),
        ["role.admin"] = ("Amministratore", "Admin"),
        // Handoff, second round: transfer, deleting canned replies, volunteers' skills.
        ["chat.transfer"] = ("Passa la chat", "Pass the chat"),
        ["chat.transferTo"] = ("Passa a un altro volontario", "Pass to another volunteer"),
        ["chat.nobody"] = ("Nessun altro volontario è collegato.", "No other volunteer is online."),
        ["replies.delete"] = ("Elimina", "Delete"),
        ["replies.deleted"] = ("Risposta eliminata.", "Reply deleted."),
        ["accounts.skills"] = ("Argomenti", "Topics"),
        ["accounts.skillsOf"] = ("Argomenti di {0}, separati da virgole", "Topics of {0}, separated by commas"),
        ["accounts.skillsSave"] = ("Salva argomenti", "Save topics"),
        ["accounts.skillsSaved"] = ("Argomenti salvati.", "Topics saved."),
        ["account.problem.skills"] = ("Scrivi gli argomenti come nella base di conoscenza (lettere, cifre, trattini), separati da virgole.", "Write the topics as in the knowledge base (letters, digits, dashes), separated by commas."),
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Get(string key) =>
        Texts.TryGetValue(key, out var text) ? (IsEnglish ? text.En : text.It) : key;

    /// <summary>A refused account action in the reader's language (the English reason stays for the CLI and the API).</summary>
    public static string Problem(Accounts.AccountResult result, int minPasswordLength) =>
        result.ProblemCode is { } code ? Format("account.problem." + code, minPasswordLength) : result.Problem ?? "";

    public static string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), values);
}
