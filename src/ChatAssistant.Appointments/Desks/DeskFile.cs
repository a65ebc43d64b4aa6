namespace ChatAssistant.Appointments.Desks;

/// <summary>The YAML shape of appuntamenti.yaml; <see cref="DeskFileReader"/> checks it and turns it into <see cref="TenantDesks"/>.</summary>
internal sealed class DeskFile
{
    public bool Example { get; set; }
    public string TimeZone { get; set; } = "Europe/Rome";
    /// <summary>"MM-DD", e.g. "12-07" for Sant'Ambrogio.</summary>
    public string? PatronDay { get; set; }
    public ReminderSection Reminders { get; set; } = new();
    public List<ClosureEntry> Closures { get; set; } = [];
    public List<ServiceEntry> Services { get; set; } = [];
    public List<DeskEntry> Desks { get; set; } = [];

    internal sealed class ReminderSection
    {
        public List<double> HoursBefore { get; set; } = [24, 2];
        public string QuietFrom { get; set; } = "21:00";
        public string QuietUntil { get; set; } = "08:00";
    }

    internal sealed class ClosureEntry
    {
        public string From { get; set; } = "";
        public string? To { get; set; }
        public string? Reason { get; set; }
    }

    internal sealed class ServiceEntry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? NameEn { get; set; }
        public int SlotMinutes { get; set; } = 30;
        public int Capacity { get; set; } = 1;
        public List<string> Bring { get; set; } = [];
        public List<string> BringEn { get; set; } = [];
    }

    internal sealed class DeskEntry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Address { get; set; } = "";
        public Dictionary<string, List<string>> Hours { get; set; } = [];
        public List<ClosureEntry> Closures { get; set; } = [];
        public List<string> Services { get; set; } = [];
    }
}
