using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract.Appointments;

/// <summary>Bookings never exceed a slot's capacity, cancelling frees the place at once, a reminder is claimed by one job only (issue 15).</summary>
public abstract class AppointmentStoreContract : StoreContract
{
    private static readonly DateTimeOffset Slot = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    private IAppointmentStore Store => AppointmentsOf(Stores);

    protected abstract IAppointmentStore AppointmentsOf(StoreSet stores);

    [Fact]
    public async Task TryBookAsync_FiftyCallersForOnePlace_ExactlyOneBooks()
    {
        var attempts = Enumerable.Range(0, 50).Select(i => Store.TryBookAsync(NewBooking("C" + i.ToString("D5", null), "citizen-" + i), 1, []));

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o == BookOutcome.Booked);
        Assert.Equal(49, outcomes.Count(o => o == BookOutcome.SlotFull));
        Assert.Single(await Store.ListByDeskAsync("milano", "desk", Slot, Slot.AddHours(1)));
    }

    [Fact]
    public async Task TryBookAsync_CapacityTwo_TakesTwoThenRefuses_CancelFreesAPlaceAtOnce()
    {
        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("AAAAA2"), 2, []));
        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("AAAAA3"), 2, []));
        Assert.Equal(BookOutcome.SlotFull, await Store.TryBookAsync(NewBooking("AAAAA4"), 2, []));

        Assert.True(await Store.CancelAsync("milano", "AAAAA2"));
        Assert.False(await Store.CancelAsync("milano", "AAAAA2"));

        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("AAAAA4"), 2, []));
        Assert.Equal(BookingStatus.Cancelled, (await Store.GetAsync("milano", "AAAAA2"))!.Status);
    }

    [Fact]
    public async Task TryBookAsync_CodeAlreadyUsed_IsRefusedAndTakesNoPlace()
    {
        await Store.TryBookAsync(NewBooking("BBBBB2"), 5, []);

        Assert.Equal(BookOutcome.CodeTaken, await Store.TryBookAsync(NewBooking("BBBBB2", "someone-else") with { Start = Slot.AddHours(1), End = Slot.AddHours(2) }, 1, []));
        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("BBBBB3") with { Start = Slot.AddHours(1), End = Slot.AddHours(2) }, 1, []));
    }

    [Fact]
    public async Task TryMoveAsync_ToAFullSlotIsRefused_ToAFreeOneFreesTheOldAndReplacesTheReminders()
    {
        var later = Slot.AddHours(1);
        await Store.TryBookAsync(NewBooking("MMMMM2"), 1, [ReminderOf("MMMMM2", Slot, 24)]);
        await Store.TryBookAsync(NewBooking("MMMMM3") with { Start = later, End = later.AddMinutes(30) }, 1, []);

        Assert.Equal(BookOutcome.SlotFull, await Store.TryMoveAsync("milano", "MMMMM2", later, later.AddMinutes(30), 1, []));
        Assert.Equal(BookOutcome.NotFound, await Store.TryMoveAsync("milano", "ZZZZZ9", later, later.AddMinutes(30), 1, []));

        var free = Slot.AddHours(2);
        Assert.Equal(BookOutcome.Booked, await Store.TryMoveAsync("milano", "MMMMM2", free, free.AddMinutes(30), 1, [ReminderOf("MMMMM2", free, 24)]));

        Assert.Equal(free, (await Store.GetAsync("milano", "MMMMM2"))!.Start);
        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("MMMMM4"), 1, []));
        Assert.Equal(ReminderStatus.Cancelled, (await Store.GetReminderAsync(ReminderOf("MMMMM2", Slot, 24).Id))!.Status);
        Assert.Equal(ReminderStatus.Pending, (await Store.GetReminderAsync(ReminderOf("MMMMM2", free, 24).Id))!.Status);
    }

    [Fact]
    public async Task TryClaimReminderAsync_ManyJobsAtOnce_OneWins_AndAnExpiredClaimCanBeTakenAgain()
    {
        var reminder = ReminderOf("RRRRR2", Slot, 2);
        await Store.TryBookAsync(NewBooking("RRRRR2"), 1, [reminder]);
        var now = reminder.DueAt;

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Store.TryClaimReminderAsync(reminder.Id, now, now.AddMinutes(5))));

        Assert.Single(claims, won => won);
        Assert.Empty(await Store.ListPendingRemindersAsync(now.AddMinutes(1), Slot));
        Assert.Single(await Store.ListPendingRemindersAsync(now.AddMinutes(6), Slot));
        Assert.True(await Store.TryClaimReminderAsync(reminder.Id, now.AddMinutes(6), now.AddMinutes(11)));

        await Store.CompleteReminderAsync(reminder.Id, ReminderStatus.Sent);

        Assert.False(await Store.TryClaimReminderAsync(reminder.Id, now.AddHours(1), now.AddHours(2)));
        Assert.Equal(ReminderStatus.Sent, (await Store.GetReminderAsync(reminder.Id))!.Status);
    }

    [Fact]
    public async Task Bookings_AfterReopening_AreListedByCitizenAndDesk_CancelledOnesAreNot()
    {
        await Store.TryBookAsync(NewBooking("LLLLL2", "anna") with { Start = Slot.AddHours(1), End = Slot.AddHours(2) }, 1, []);
        await Store.TryBookAsync(NewBooking("LLLLL3", "anna"), 1, [ReminderOf("LLLLL3", Slot, 24)]);
        await Store.TryBookAsync(NewBooking("LLLLL4", "anna") with { Start = Slot.AddHours(3), End = Slot.AddHours(4) }, 1, []);
        await Store.CancelAsync("milano", "LLLLL4");

        await ReopenAsync();

        var mine = await Store.ListByCitizenAsync("milano", "anna", Noon.AddYears(-1));
        Assert.Equal(["LLLLL3", "LLLLL2"], mine.Select(b => b.Code));
        Assert.Equal("Anna Rossi", mine[0].Name);
        Assert.Single(await Store.ListPendingRemindersAsync(Slot.AddDays(-2), Slot));
        Assert.Empty(await Store.ListByCitizenAsync("cremona", "anna", Noon.AddYears(-1)));
    }

    [Fact]
    public async Task MarkAsync_ArrivedOrNoShow_StaysOnTheDesksDayAndKeepsThePlace_CancelledCannotBeMarked()
    {
        await Store.TryBookAsync(NewBooking("KKKKK2"), 1, []);
        await Store.TryBookAsync(NewBooking("KKKKK3") with { Start = Slot.AddHours(1), End = Slot.AddHours(2) }, 1, []);
        await Store.TryBookAsync(NewBooking("KKKKK4") with { Start = Slot.AddHours(2), End = Slot.AddHours(3) }, 1, []);
        await Store.CancelAsync("milano", "KKKKK4");

        Assert.True(await Store.MarkAsync("milano", "KKKKK2", BookingStatus.Arrived));
        Assert.True(await Store.MarkAsync("milano", "KKKKK3", BookingStatus.NoShow));
        Assert.False(await Store.MarkAsync("milano", "KKKKK4", BookingStatus.Arrived));
        Assert.False(await Store.MarkAsync("milano", "NOPE22", BookingStatus.Arrived));
        await ReopenAsync();

        var day = await Store.ListByDeskAsync("milano", "desk", Slot, Slot.AddDays(1));
        Assert.Equal([("KKKKK2", BookingStatus.Arrived), ("KKKKK3", BookingStatus.NoShow)], day.Select(b => (b.Code, b.Status)));
        Assert.Equal(BookOutcome.SlotFull, await Store.TryBookAsync(NewBooking("KKKKK5"), 1, []));
        Assert.Empty(await Store.ListByCitizenAsync("milano", "anna", Noon.AddYears(-1)));
    }

    [Fact]
    public async Task CitizenErasure_RemovesTheirBookingsAndReminders_FreesThePlaces_KeepsMarkedOnesWithoutName()
    {
        const string anna = "milano:telegram:anna";
        await Citizens.UpsertAsync(new ChatAssistant.Core.Citizens.Citizen { Id = anna, TenantId = "milano", ChannelId = "telegram", ChannelUserId = "anna" });
        var later = Slot.AddHours(1);
        await Store.TryBookAsync(NewBooking("EEEEE2", anna) with { Phone = "3331234567" }, 1, [ReminderOf("EEEEE2", Slot, 24)]);
        await Store.TryBookAsync(NewBooking("EEEEE3", anna) with { Start = later, End = later.AddMinutes(30) }, 1, [ReminderOf("EEEEE3", later, 2)]);
        await Store.MarkAsync("milano", "EEEEE3", BookingStatus.Arrived);
        await Store.TryBookAsync(NewBooking("EEEEE4", "milano:telegram:bruno") with { Start = later.AddHours(1), End = later.AddHours(2) }, 1, [ReminderOf("EEEEE4", later.AddHours(1), 24)]);

        await Citizens.EraseAsync(anna);
        await ReopenAsync();

        Assert.Null(await Store.GetAsync("milano", "EEEEE2"));
        Assert.Null(await Store.GetReminderAsync(ReminderOf("EEEEE2", Slot, 24).Id));
        Assert.Equal(BookOutcome.Booked, await Store.TryBookAsync(NewBooking("EEEEE5", "milano:telegram:carla"), 1, []));
        var kept = (await Store.GetAsync("milano", "EEEEE3"))!;
        Assert.Equal((BookingStatus.Arrived, "", null, "", ""), (kept.Status, kept.Name, kept.Phone, kept.CitizenId, kept.ChatId));
        Assert.Empty(await Store.ListByCitizenAsync("milano", anna, Noon.AddYears(-1)));
        Assert.Equal(["EEEEE4"], (await Store.ListPendingRemindersAsync(Slot.AddDays(-2), Slot.AddDays(2))).Select(r => r.Code));
        Assert.Equal("Anna Rossi", (await Store.GetAsync("milano", "EEEEE4"))!.Name);
    }

    private static Booking NewBooking(string code, string citizen = "anna") => new()
    {
        TenantId = "milano",
        Code = code,
        DeskId = "desk",
        ServiceId = "spid",
        Start = Slot,
        End = Slot.AddMinutes(30),
        CitizenId = citizen,
        ChannelId = "telegram",
        ChatId = "42",
        Name = "Anna Rossi",
        CreatedAt = Noon,
    };

    private static Reminder ReminderOf(string code, DateTimeOffset start, int hoursBefore) => new()
    {
        Id = Reminder.IdOf("milano", code, start, TimeSpan.FromHours(hoursBefore)),
        TenantId = "milano",
        Code = code,
        DueAt = start.AddHours(-hoursBefore),
    };
}
