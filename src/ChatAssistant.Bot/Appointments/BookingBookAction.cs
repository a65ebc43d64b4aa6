using System.Text.Json;
using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Ics;
using ChatAssistant.Core.Activities;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary>
/// <c>appointments.book</c>: books the chosen slot. Taken meanwhile: says so and offers the next free times (the flow
/// asks the time again). Booked: the code, the place and what to bring, with the .ics calendar entry attached.
/// </summary>
public sealed class BookingBookAction(DeskCatalog catalog, AppointmentBooker booker, IServiceNeeds needs) : IDialogAction
{
    public const string Name = "appointments.book";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (BookingValues.Place(context, catalog) is not var (tenant, desk, service) || BookingSummary.Start(context) is not { } start)
        {
            return ActionOutcome.EndFlow;
        }

        var turn = context.Turn;
        var request = new BookingRequest(tenant.TenantId, desk.Id, service.Id, start, turn.Citizen.Id, turn.Activity.ChannelId ?? "",
            turn.Activity.Conversation?.Id ?? "", context.Values[BookingValues.Name],
            context.Values.TryGetValue(BookingValues.Phone, out var phone) ? phone : null, turn.Language);
        var result = await booker.BookAsync(request, cancellationToken);
        if (Answer(context, result, tenant, desk, service, needs, "appointments.booked") is { } answered)
        {
            return answered;
        }

        turn.SendText(context.Text("appointments.no_days"));
        return ActionOutcome.EndFlow;
    }

    /// <summary>
    /// What a booking made or moved answers: the code, the place and what to bring with the .ics calendar entry, or the
    /// next free times when the slot went meanwhile (the flow asks the time again); null when there is neither.
    /// </summary>
    internal static ActionOutcome? Answer(
        ActionContext context, BookingResult result, TenantDesks tenant, AppointmentDesk desk, BookableService service, IServiceNeeds needs, string doneKey)
    {
        if (result is { Kind: BookingOutcomeKind.Booked, Booking: { } booking })
        {
            var values = BookingSummary.Values(context, tenant, desk, service, booking.Start, needs);
            values["code"] = booking.Code;
            var reply = context.Turn.SendText(context.Text(doneKey, values));
            reply.Attachments = [Calendar(tenant, booking, needs.For(tenant, service, booking.Language))];
            context.Values[BookingValues.Outcome] = BookingValues.Ok;
            return ActionOutcome.Continue;
        }

        if (result.Alternatives is { Count: > 0 } alternatives)
        {
            context.Values[BookingValues.Times] = BookingTimesAction.Encode(alternatives);
            BookingValues.Retry(context, "appointments.slot_gone");
            return ActionOutcome.Continue;
        }

        return null;
    }

    internal static Attachment Calendar(TenantDesks tenant, Booking booking, IReadOnlyList<string> bring) => new()
    {
        ContentType = BookingCalendar.ContentType,
        Name = BookingCalendar.FileName(booking),
        Content = JsonSerializer.SerializeToElement(BookingCalendar.Build(tenant, booking, bring)),
    };
}
