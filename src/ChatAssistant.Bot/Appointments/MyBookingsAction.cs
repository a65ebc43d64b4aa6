using System.Globalization;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.mine</c>: the citizen's upcoming appointments as buttons; none ends the flow with a plain word.</summary>
public sealed class MyBookingsAction(DeskCatalog catalog, IAppointmentStore store, TimeProvider clock) : IDialogAction
{
    public const string Name = "appointments.mine";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(context.Turn.Tenant.Id) is not { } tenant)
        {
            context.Turn.SendText(context.Text("soon.my_bookings"));
            return ActionOutcome.SwitchTo("presto");
        }

        var mine = await store.ListByCitizenAsync(tenant.TenantId, context.Turn.Citizen.Id, clock.GetUtcNow(), cancellationToken);
        if (mine.Count == 0)
        {
            context.Turn.SendText(context.Text("appointments.none"));
            return ActionOutcome.EndFlow;
        }

        var culture = BookingValues.Culture(context);
        context.Values[BookingValues.Bookings] = DynamicOptions.Encode(mine.Select(b =>
            (b.Code, TimeZoneInfo.ConvertTime(b.Start, tenant.TimeZone).ToString("ddd d MMM HH:mm", culture) + " · " + (tenant.Desk(b.DeskId)?.Name ?? b.DeskId))));
        return ActionOutcome.Continue;
    }

    internal static string When(TenantDesks tenant, DateTimeOffset start, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(start, tenant.TimeZone).ToString("dddd d MMMM, HH:mm", culture);
}
