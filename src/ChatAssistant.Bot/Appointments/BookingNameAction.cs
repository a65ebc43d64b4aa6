using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.check_name</c>: keeps a short printable name; anything else is asked again plainly.</summary>
public sealed class BookingNameAction : IDialogAction
{
    public const string Name = "appointments.check_name";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (CitizenName.Clean(context.Values.TryGetValue(BookingValues.Name, out var name) ? name : null) is { } clean)
        {
            context.Values[BookingValues.Name] = clean;
            context.Values[BookingValues.Outcome] = BookingValues.Ok;
        }
        else
        {
            BookingValues.Retry(context, "appointments.name_invalid");
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
