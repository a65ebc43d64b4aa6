using System.Globalization;
using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.days</c>: the days with a free slot in the next two weeks, as buttons; none ends the flow with a plain word.</summary>
public sealed class BookingDaysAction(DeskCatalog catalog, FreeSlots freeSlots, IOptions<AppointmentOptions> options) : IDialogAction
{
    public const string Name = "appointments.days";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (BookingValues.Place(context, catalog) is not var (tenant, desk, service))
        {
            return ActionOutcome.EndFlow;
        }

        var days = await freeSlots.DaysWithRoomAsync(tenant, desk, service, options.Value.BookingDays, cancellationToken);
        if (days.Count == 0)
        {
            context.Turn.SendText(context.Text("appointments.no_days"));
            return ActionOutcome.EndFlow;
        }

        var culture = BookingValues.Culture(context);
        context.Values[BookingValues.Days] = DynamicOptions.Encode(days.Take(8).Select(d =>
            (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("ddd d MMMM", culture))));
        return ActionOutcome.Continue;
    }
}
