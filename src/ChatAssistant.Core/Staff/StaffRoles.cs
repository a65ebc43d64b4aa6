namespace ChatAssistant.Core.Staff;

/// <summary>
/// The roles of the people who work in the console. Each account belongs to one tenant; a coordinator can do what a
/// volunteer can, an admin what a coordinator can.
/// </summary>
public static class StaffRoles
{
    public const string Volunteer = "volunteer";
    public const string Coordinator = "coordinator";
    public const string Committee = "committee";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Volunteer, Coordinator, Committee, Admin];
}
