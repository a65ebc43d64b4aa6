using System.Globalization;
using ChatAssistant.Appointments.Dates;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary>
/// <c>appointments.times</c>: reads the day pressed or typed ("giovedì mattina", "domani alle 10", "tomorrow at 3pm")
/// and offers that day's free times (within the part of the day or at the hour asked). A day not understood, past,
/// closed or full gets a plain answer and the day question again.
/// </summary>
public sealed class BookingTimesAction(DeskCatalog catalog, FreeSlots freeSlots, TimeProvider clock) : IDialogAction
{
    public const string Name = "appointments.times";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (BookingValues.Place(context, catalog) is not var (tenant, desk, service))
        {
            return ActionOutcome.EndFlow;
        }

        var text = context.Values.TryGetValue(BookingValues.When, out var when) ? when : "";
        var today = SlotPlanner.LocalDay(tenant, clock.GetUtcNow());
        var pressed = DynamicOptions.Decode(context.Values.TryGetValue(BookingValues.Days, out var days) ? days : null)
            .FirstOrDefault(o => string.Equals(o.Label, text.Trim(), StringComparison.OrdinalIgnoreCase));
        WhenRequest? request = pressed.Value is { } value
            ? new WhenRequest(value, DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, null)
            : WhenParser.ToTimex(text, today) is { } timex ? WhenResolver.Resolve(timex, today) : null;
        if (request?.Day is not { } day)
        {
            BookingValues.Retry(context, "appointments.day_unclear");
            return ActionOutcome.Continue;
        }

        if (day < today)
        {
            BookingValues.Retry(context, "appointments.day_past");
            return ActionOutcome.Continue;
        }

        if (!SlotPlanner.IsOpen(tenant, desk, day))
        {
            BookingValues.Retry(context, "appointments.day_closed");
            return ActionOutcome.Continue;
        }

        var free = (await freeSlots.OnAsync(tenant, desk, service, day, cancellationToken)).Where(s => request.Matches(TimeOnly.FromDateTime(s.Local))).ToList();
        if (free.Count == 0)
        {
            BookingValues.Retry(context, "appointments.day_full");
            return ActionOutcome.Continue;
        }

        context.Values[BookingValues.Times] = Encode(free);
        context.Values[BookingValues.Outcome] = BookingValues.Ok;
        return ActionOutcome.Continue;
    }

    internal static string Encode(IEnumerable<Slot> slots) =>
        DynamicOptions.Encode(slots.Take(12).Select(s => (s.Start.UtcTicks.ToString(CultureInfo.InvariantCulture), s.Local.ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("it-IT")))));
}
