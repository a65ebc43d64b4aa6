using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.cancel</c>: cancels the chosen booking; its place is free again at once and its reminders stop.</summary>
public sealed class CancelBookingAction(AppointmentBooker booker) : IDialogAction
{
    public const string Name = "appointments.cancel";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var code = context.Values.TryGetValue(BookingValues.Booking, out var c) ? c : "";
        var cancelled = await booker.CancelAsync(context.Turn.Tenant.Id, code, cancellationToken);
        context.Turn.SendText(context.Text(cancelled ? "appointments.cancelled" : "appointments.unknown"));
        return ActionOutcome.Continue;
    }
}
