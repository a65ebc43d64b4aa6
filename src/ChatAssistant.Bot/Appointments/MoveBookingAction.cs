using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.move</c>: moves the chosen booking to the time picked; the old place is free at once. Taken meanwhile: the next free times.</summary>
public sealed class MoveBookingAction(DeskCatalog catalog, AppointmentBooker booker, IServiceNeeds needs) : IDialogAction
{
    public const string Name = "appointments.move";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (BookingValues.Place(context, catalog) is not var (tenant, desk, service) || BookingSummary.Start(context) is not { } start)
        {
            return ActionOutcome.EndFlow;
        }

        var code = context.Values.TryGetValue(BookingValues.Booking, out var c) ? c : "";
        var result = await booker.MoveAsync(tenant.TenantId, code, start, cancellationToken);
        // A moved booking's new .ics has the same UID, so the citizen's calendar moves the entry instead of adding one.
        if (BookingBookAction.Answer(context, result, tenant, desk, service, needs, "appointments.moved") is { } answered)
        {
            return answered;
        }

        context.Turn.SendText(context.Text(result.Kind == BookingOutcomeKind.UnknownCode ? "appointments.unknown" : "appointments.no_days"));
        return ActionOutcome.EndFlow;
    }
}
