using System.Globalization;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;

namespace ChatAssistant.Bot.Appointments;

/// <summary>The appointment in one message: what, when, where, who, what to bring.</summary>
internal static class BookingSummary
{
    public static Dictionary<string, string> Values(ActionContext context, TenantDesks tenant, AppointmentDesk desk, BookableService service, DateTimeOffset start, IServiceNeeds needs)
    {
        var local = TimeZoneInfo.ConvertTime(start, tenant.TimeZone);
        var language = context.Turn.Language;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = service.NameIn(language),
            ["when"] = local.ToString(language == "en" ? "dddd d MMMM, HH:mm" : "dddd d MMMM, 'ore' HH:mm", BookingValues.Culture(context)),
            ["desk"] = desk.Name,
            ["address"] = desk.Address,
            ["bring"] = string.Join(", ", needs.For(tenant, service, language)),
        };
    }

    public static DateTimeOffset? Start(ActionContext context) =>
        context.Values.TryGetValue(BookingValues.Time, out var ticks) && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;
}
