namespace ChatAssistant.StaffConsole;

/// <summary>The console's addresses, in one place for redirects, links and tests.</summary>
public static class ConsolePaths
{
    public const string Root = "/console";
    public const string SignIn = "/console/signin";
    public const string SignOut = "/console/signout";
    public const string Denied = "/console/denied";
    public const string ChangePassword = "/console/password";
    public const string Queue = "/console/queue";
    public const string MyChats = "/console/chats";
    public const string CannedReplies = "/console/replies";
    public const string Accounts = "/console/accounts";
    public const string CivicReports = "/console/segnalazioni";
    public const string Announcements = "/console/announcements";
    public const string AnnouncementsHub = "/console/announcements/hub";
    public const string Language = "/console/language";
    public const string Agenda = "/console/agenda";
    public const string Desks = "/console/desks";
    public const string Hub = "/console/hub";
    public const string Assets = "/console/assets";
}
