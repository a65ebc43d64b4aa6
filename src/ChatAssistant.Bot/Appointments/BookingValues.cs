using System.Globalization;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;

namespace ChatAssistant.Bot.Appointments;

/// <summary>The values the booking flow keeps (dialogs/prenota.yaml), and the tenant, desk and service they name.</summary>
internal static class BookingValues
{
    public const string Services = "servizi";
    public const string Service = "servizio";
    public const string Desks = "sportelli";
    public const string Desk = "sportello";
    public const string Days = "giorni";
    public const string When = "quando";
    public const string Times = "orari";
    public const string Time = "ora";
    public const string Name = "nome";
    public const string Phone = "telefono";
    /// <summary>mie-prenotazioni: the citizen's bookings as options, and the code of the one chosen.</summary>
    public const string Bookings = "prenotazioni";
    public const string Booking = "prenotazione";
    /// <summary>"retry" sends the flow back to the question just asked (a branch step reads it).</summary>
    public const string Outcome = "esito";
    public const string RetryValue = "retry";
    public const string Ok = "ok";

    public static CultureInfo Culture(ActionContext context) => CultureInfo.GetCultureInfo(context.Turn.Language == "en" ? "en-GB" : "it-IT");

    public static (TenantDesks Tenant, AppointmentDesk Desk, BookableService Service)? Place(ActionContext context, DeskCatalog catalog) =>
        catalog.Find(context.Turn.Tenant.Id) is { } tenant
        && context.Values.TryGetValue(Desk, out var deskId) && tenant.Desk(deskId) is { } desk
        && context.Values.TryGetValue(Service, out var serviceId) && tenant.Service(serviceId) is { } service
            ? (tenant, desk, service)
            : null;

    public static void Retry(ActionContext context, string key, IReadOnlyDictionary<string, string>? extra = null)
    {
        context.Turn.SendText(context.Text(key, extra));
        context.Values[Outcome] = RetryValue;
    }
}
