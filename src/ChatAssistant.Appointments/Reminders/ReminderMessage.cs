using System.Globalization;
using System.Text;
using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// The reminder's text: when, where (address), what to bring, and two buttons. The buttons carry the booking code, so
/// the answer works whatever the chat was doing meanwhile ("conferma ABC234", "non posso venire ABC234").
/// </summary>
public static class ReminderMessage
{
    public const string ConfirmPrefix = "conferma ";
    public const string CancelPrefix = "non posso venire ";

    public static Activity Build(TenantDesks tenant, Booking booking, IReadOnlyList<string> bring)
    {
        var en = booking.Language == "en";
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "it-IT");
        var desk = tenant.Desk(booking.DeskId);
        var service = tenant.Service(booking.ServiceId);
        var local = TimeZoneInfo.ConvertTime(booking.Start, tenant.TimeZone);
        var text = new StringBuilder();
        text.Append(en ? "Reminder: your appointment " : "Promemoria: hai un appuntamento ")
            .Append(local.ToString(en ? "dddd d MMMM 'at' HH:mm" : "dddd d MMMM 'alle' HH:mm", culture)).Append('.')
            .Append('\n').Append(desk?.Name).Append(", ").Append(desk?.Address)
            .Append('\n').Append(en ? "Service: " : "Servizio: ").Append(service?.NameIn(booking.Language));
        if (bring.Count > 0)
        {
            text.Append('\n').Append(en ? "Bring: " : "Porta con te: ").Append(string.Join(", ", bring)).Append('.');
        }

        text.Append('\n').Append(en ? "Code: " : "Codice: ").Append(booking.Code);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.ToString(),
            Locale = en ? "en" : "it",
            SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    CardAction.ImBack(en ? "I'll be there" : "Confermo", ConfirmPrefix + booking.Code),
                    CardAction.ImBack(en ? "I can't come" : "Non posso venire", CancelPrefix + booking.Code),
                ],
            },
        };
    }
}
