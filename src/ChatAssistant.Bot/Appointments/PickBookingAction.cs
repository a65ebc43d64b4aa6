using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.pick</c>: loads the chosen booking (the citizen's own, still active) so moving reuses the booking flow's day and time steps.</summary>
public sealed class PickBookingAction(DeskCatalog catalog, IAppointmentStore store) : IDialogAction
{
    public const string Name = "appointments.pick";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var code = context.Values.TryGetValue(BookingValues.Booking, out var c) ? c : "";
        if (catalog.Find(context.Turn.Tenant.Id) is not { } tenant
            || await store.GetAsync(tenant.TenantId, code, cancellationToken) is not { Status: BookingStatus.Active } booking
            || booking.CitizenId != context.Turn.Citizen.Id)
        {
            context.Turn.SendText(context.Text("appointments.unknown"));
            return ActionOutcome.EndFlow;
        }

        context.Values[BookingValues.Service] = booking.ServiceId;
        context.Values[BookingValues.Desk] = booking.DeskId;
        context.Values["when"] = MyBookingsAction.When(tenant, booking.Start, BookingValues.Culture(context));
        return ActionOutcome.Continue;
    }
}
