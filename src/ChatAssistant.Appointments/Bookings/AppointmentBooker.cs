using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Bookings;

/// <summary>
/// Books, moves and cancels. Every check a citizen can fail is an outcome, not an exception; the place itself is taken
/// by the store's conditional write, so the check "is there room" can never be raced past.
/// </summary>
public sealed class AppointmentBooker(DeskCatalog desks, IAppointmentStore store, FreeSlots freeSlots, IReminderScheduler scheduler, TimeProvider clock,
    Core.Events.IUsageEvents? usage = null)
{
    private const int Alternatives = 3;

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        if (Place(request.TenantId, request.DeskId, request.ServiceId) is not var (tenant, desk, service))
        {
            return new BookingResult(BookingOutcomeKind.UnknownPlace);
        }

        if (CitizenName.Clean(request.Name) is not { } name)
        {
            return new BookingResult(BookingOutcomeKind.InvalidName);
        }

        if (Check(tenant, desk, service, request.Start) is { } refusal)
        {
            return refusal;
        }

        var slot = SlotPlanner.Find(tenant, desk, service, request.Start)!;
        var now = clock.GetUtcNow();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var booking = new Booking
            {
                TenantId = tenant.TenantId, Code = BookingCodes.New(), DeskId = desk.Id, ServiceId = service.Id, Start = slot.Start, End = slot.End,
                CitizenId = request.CitizenId, ChannelId = request.ChannelId, ChatId = request.ChatId, Name = name,
                Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(), Language = request.Language, CreatedAt = now,
            };
            var reminders = ReminderPlanner.Plan(tenant, booking, now);
            switch (await store.TryBookAsync(booking, slot.Capacity, reminders, cancellationToken))
            {
                case BookOutcome.Booked:
                    Schedule(reminders);
                    usage?.Record(Core.Events.UsageEvent.AppointmentBooked(booking.TenantId, booking.DeskId, now));
                    return new BookingResult(BookingOutcomeKind.Booked, booking);
                case BookOutcome.SlotFull:
                    return await GoneAsync(tenant, desk, service, slot, cancellationToken);
                case BookOutcome.CodeTaken:
                case BookOutcome.NotFound:
                    continue;
            }
        }

        throw new InvalidOperationException("Five booking codes in a row were taken: the code space is exhausted or the store is broken.");
    }

    public async Task<BookingResult> MoveAsync(string tenantId, string code, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(tenantId, code, cancellationToken) is not { Status: BookingStatus.Active } booking)
        {
            return new BookingResult(BookingOutcomeKind.UnknownCode);
        }

        if (Place(tenantId, booking.DeskId, booking.ServiceId) is not var (tenant, desk, service))
        {
            return new BookingResult(BookingOutcomeKind.UnknownPlace);
        }

        if (Check(tenant, desk, service, start) is { } refusal)
        {
            return refusal;
        }

        var slot = SlotPlanner.Find(tenant, desk, service, start)!;
        var moved = booking with { Start = slot.Start, End = slot.End };
        var reminders = ReminderPlanner.Plan(tenant, moved, clock.GetUtcNow());
        return await store.TryMoveAsync(tenantId, code, slot.Start, slot.End, slot.Capacity, reminders, cancellationToken) switch
        {
            BookOutcome.Booked => Scheduled(reminders, new BookingResult(BookingOutcomeKind.Booked, moved)),
            BookOutcome.SlotFull => await GoneAsync(tenant, desk, service, slot, cancellationToken),
            _ => new BookingResult(BookingOutcomeKind.UnknownCode),
        };
    }

    /// <summary>Cancels and frees the place at once; false when there was no active booking with that code.</summary>
    public Task<bool> CancelAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        store.CancelAsync(tenantId, code, cancellationToken);

    private (TenantDesks, AppointmentDesk, BookableService)? Place(string tenantId, string deskId, string serviceId) =>
        desks.Find(tenantId) is { } tenant && tenant.Desk(deskId) is { } desk && tenant.Service(serviceId) is { } service && desk.ServiceIds.Contains(serviceId)
            ? (tenant, desk, service)
            : null;

    private BookingResult? Check(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateTimeOffset start)
    {
        if (start <= clock.GetUtcNow())
        {
            return new BookingResult(BookingOutcomeKind.InPast);
        }

        return SlotPlanner.Find(tenant, desk, service, start) is null ? new BookingResult(BookingOutcomeKind.NotOffered) : null;
    }

    private async Task<BookingResult> GoneAsync(TenantDesks tenant, AppointmentDesk desk, BookableService service, Slot slot, CancellationToken cancellationToken) =>
        new(BookingOutcomeKind.SlotGone, Alternatives: await freeSlots.NextAsync(tenant, desk, service, slot.Start, Alternatives, cancellationToken: cancellationToken));

    private BookingResult Scheduled(IReadOnlyList<Reminder> reminders, BookingResult result)
    {
        Schedule(reminders);
        return result;
    }

    private void Schedule(IReadOnlyList<Reminder> reminders)
    {
        foreach (var reminder in reminders)
        {
            scheduler.Schedule(reminder);
        }
    }
}
