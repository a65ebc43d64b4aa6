namespace ChatAssistant.Core.Staff;

/// <summary>
/// Authorization policy names every capability uses on its console pages and /api endpoints
/// (<c>RequireAuthorization(StaffPolicies.Volunteer)</c>); the console registers them with the sign-in.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Volunteers, coordinators and admins: the handoff queue and chats.</summary>
    public const string Volunteer = "staff-volunteer";

    /// <summary>Coordinators and admins: reports, desks, canned replies, accounts of their tenant, the jobs dashboard.</summary>
    public const string Coordinator = "staff-coordinator";

    /// <summary>Committees, coordinators and admins: announcements.</summary>
    public const string Committee = "staff-committee";

    /// <summary>Admins only.</summary>
    public const string Admin = "staff-admin";
}
