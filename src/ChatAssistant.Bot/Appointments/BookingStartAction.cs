using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.start</c>: the services bookable in this municipality; none (no appuntamenti.yaml) falls back to the desks list.</summary>
public sealed class BookingStartAction(DeskCatalog catalog) : IDialogAction
{
    public const string Name = "appointments.start";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(context.Turn.Tenant.Id) is not { Desks.Count: > 0 } tenant)
        {
            context.Turn.SendText(context.Text("soon.book"));
            return Task.FromResult(ActionOutcome.SwitchTo("presto"));
        }

        var services = tenant.Services.Where(s => tenant.DesksFor(s.Id).Any());
        context.Values[BookingValues.Services] = DynamicOptions.Encode(services.Select(s => (s.Id, s.NameIn(context.Turn.Language))));
        return Task.FromResult(ActionOutcome.Continue);
    }
}
