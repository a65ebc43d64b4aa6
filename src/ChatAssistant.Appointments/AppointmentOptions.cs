using System.ComponentModel.DataAnnotations;

namespace ChatAssistant.Appointments;

/// <summary>The ChatAssistant:Appointments section. Per-tenant settings (hours, reminders, quiet period) live in knowledge-base/comuni/&lt;tenant&gt;/appuntamenti.yaml.</summary>
public sealed class AppointmentOptions
{
    public const string Section = "ChatAssistant:Appointments";

    /// <summary>How far ahead the booking flow offers days.</summary>
    [Range(1, 90)]
    public int BookingDays { get; set; } = 14;

    /// <summary>How often the reconciler schedules pending reminders again.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead the reconciler hands reminders to Hangfire (the rest wait in the store).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan ReconcileLookAhead { get; set; } = TimeSpan.FromHours(26);

    /// <summary>How often each host reads the desks, hours and closures coordinators edit (the saving host uses an edit at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeskRefreshEvery { get; set; } = TimeSpan.FromSeconds(30);
}
