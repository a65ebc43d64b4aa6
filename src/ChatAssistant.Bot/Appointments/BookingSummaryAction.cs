using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.summary</c>: shows what will be booked before the citizen confirms.</summary>
public sealed class BookingSummaryAction(DeskCatalog catalog, IServiceNeeds needs) : IDialogAction
{
    public const string Name = "appointments.summary";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (BookingValues.Place(context, catalog) is not var (tenant, desk, service) || BookingSummary.Start(context) is not { } start)
        {
            return Task.FromResult(ActionOutcome.EndFlow);
        }

        context.Turn.SendText(context.Text("appointments.summary", BookingSummary.Values(context, tenant, desk, service, start, needs)));
        return Task.FromResult(ActionOutcome.Continue);
    }
}
