namespace ChatAssistant.Core.Staff;

/// <summary>Claims a signed-in staff member carries beside the standard name identifier and role claims.</summary>
public static class StaffClaims
{
    /// <summary>The tenant the account belongs to: every query of a staff member is limited to it.</summary>
    public const string Tenant = "chatassistant:tenant";

    /// <summary>Topics the volunteer knows best (comma-separated topic ids), for assignment.</summary>
    public const string Skills = "chatassistant:skills";

    /// <summary>The neighbourhoods a committee account publishes to (comma-separated ids of quartieri.yaml).</summary>
    public const string Neighbourhoods = "chatassistant:neighbourhoods";
}
