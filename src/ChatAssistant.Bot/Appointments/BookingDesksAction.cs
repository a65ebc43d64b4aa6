using ChatAssistant.Appointments.Desks;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.desks</c>: the desks offering the chosen service, as buttons.</summary>
public sealed class BookingDesksAction(DeskCatalog catalog) : IDialogAction
{
    public const string Name = "appointments.desks";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var tenant = catalog.Find(context.Turn.Tenant.Id);
        var desks = tenant?.DesksFor(context.Values.TryGetValue(BookingValues.Service, out var s) ? s : "") ?? [];
        context.Values[BookingValues.Desks] = DynamicOptions.Encode(desks.Select(d => (d.Id, d.Name)));
        return Task.FromResult(ActionOutcome.Continue);
    }
}
