using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract.Handoff;

/// <summary>Handoff tickets: one winner of a claim race, transfer, release, close, queries by tenant, restart; canned replies.</summary>
public abstract class HandoffStoreContract : StoreContract
{
    protected IHandoffStore Handoff => HandoffOf(Stores);

    /// <summary>The engine's handoff store over the opened stores.</summary>
    protected abstract IHandoffStore HandoffOf(StoreSet stores);

    protected IVolunteerPresenceStore Presence => PresenceOf(Stores);

    /// <summary>The engine's presence store over the opened stores.</summary>
    protected abstract IVolunteerPresenceStore PresenceOf(StoreSet stores);

    public static Ticket NewTicket(string id, string tenant = "milano", string conversation = "c1", DateTimeOffset? queuedAt = null) => new()
    {
        Id = id,
        TenantId = tenant,
        ConversationKey = Key(conversation),
        ChannelId = "telegram",
        ConversationId = conversation,
        CitizenUserId = "u-" + conversation,
        DisplayName = "Maria",
        Topic = "spid-ottenere",
        Recent = [new TicketMessage("user", "non riesco a entrare con lo SPID", Noon)],
        CreatedAt = queuedAt ?? Noon,
        QueuedAt = queuedAt ?? Noon,
    };

    [Fact]
    public async Task InsertAsync_ThenGet_ReturnsEveryFieldAtVersionOne()
    {
        await Handoff.InsertAsync(NewTicket("t1"));

        var read = await Handoff.GetAsync("t1");

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(TicketStatus.Waiting, read.Status);
        Assert.Equal("Maria", read.DisplayName);
        Assert.Equal("spid-ottenere", read.Topic);
        Assert.Equal("non riesco a entrare con lo SPID", Assert.Single(read.Recent).Text);
        Assert.Equal(Noon, read.QueuedAt);
        Assert.Null(await Handoff.GetAsync("missing"));
    }

    [Fact]
    public async Task TryUpdateAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        await Handoff.InsertAsync(NewTicket("t1"));
        var first = (await Handoff.GetAsync("t1"))!;
        var second = (await Handoff.GetAsync("t1"))!;

        first.Note = "first";
        Assert.True(await Handoff.TryUpdateAsync(first));
        second.Note = "second";
        Assert.False(await Handoff.TryUpdateAsync(second));

        var stored = (await Handoff.GetAsync("t1"))!;
        Assert.Equal("first", stored.Note);
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, first.Version);
        Assert.Equal(1, second.Version);
    }

    [Fact]
    public async Task Claim_TwentyVolunteersAtOnce_ExactlyOneWinsAndTheOthersAreToldWho()
    {
        await Handoff.InsertAsync(NewTicket("race"));

        var claims = Enumerable.Range(0, 20).Select(i => Task.Run(() => Handoff.ApplyAsync("milano", "race", t =>
        {
            if (t.Status != TicketStatus.Waiting)
            {
                return TicketResult.Fail(TicketError.Conflict, $"taken by {t.VolunteerId}");
            }

            t.Status = TicketStatus.Held;
            t.VolunteerId = $"v{i}";
            return null;
        }, CancellationToken.None)));
        var results = await Task.WhenAll(claims);

        var winner = Assert.Single(results, r => r.Succeeded);
        var stored = (await Handoff.GetAsync("race"))!;
        Assert.Equal(winner.Ticket!.VolunteerId, stored.VolunteerId);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal($"taken by {stored.VolunteerId}", r.Reason));
    }

    [Fact]
    public async Task TransferReleaseClose_EachIsStored_AndClosedTicketsLeaveTheOpenList()
    {
        await Handoff.InsertAsync(NewTicket("t1", conversation: "c1"));
        await Handoff.InsertAsync(NewTicket("t2", conversation: "c2", queuedAt: Noon.AddMinutes(1)));

        await Handoff.ApplyAsync("milano", "t1", t => Set(t, TicketStatus.Held, "anna"), CancellationToken.None);
        await Handoff.ApplyAsync("milano", "t1", t => Set(t, TicketStatus.Held, "bruno"), CancellationToken.None);
        Assert.Equal("bruno", (await Handoff.GetAsync("t1"))!.VolunteerId);

        await Handoff.ApplyAsync("milano", "t1", t => Set(t, TicketStatus.Waiting, null), CancellationToken.None);
        Assert.Equal(TicketStatus.Waiting, (await Handoff.GetAsync("t1"))!.Status);

        await Handoff.ApplyAsync("milano", "t1", t =>
        {
            t.Status = TicketStatus.Closed;
            t.Outcome = TicketOutcome.Appointment;
            t.Note = "prenotato martedì";
            t.ClosedAt = Noon.AddMinutes(9);
            return null;
        }, CancellationToken.None);

        Assert.Equal(["t2"], (await Handoff.ListOpenAsync("milano")).Select(t => t.Id));
        var closed = Assert.Single(await Handoff.ListClosedSinceAsync("milano", Noon, 10));
        Assert.Equal((TicketOutcome.Appointment, "prenotato martedì"), (closed.Outcome, closed.Note));
        Assert.Empty(await Handoff.ListClosedSinceAsync("milano", Noon.AddMinutes(10), 10));
        Assert.Null(await Handoff.FindOpenByConversationAsync(Key("c1")));
        Assert.Equal("t2", (await Handoff.FindOpenByConversationAsync(Key("c2")))?.Id);
    }

    [Fact]
    public async Task ListOpenAsync_OldestQueuedFirst_OnlyTheTenantsOwn()
    {
        await Handoff.InsertAsync(NewTicket("late", queuedAt: Noon.AddMinutes(5), conversation: "a"));
        await Handoff.InsertAsync(NewTicket("early", queuedAt: Noon, conversation: "b"));
        await Handoff.InsertAsync(NewTicket("other", tenant: "cremona", conversation: "c"));

        Assert.Equal(["early", "late"], (await Handoff.ListOpenAsync("milano")).Select(t => t.Id));
        Assert.Equal(["other"], (await Handoff.ListOpenAsync("cremona")).Select(t => t.Id));
        Assert.Equal(TicketError.NotFound, (await Handoff.ApplyAsync("cremona", "early", _ => null, CancellationToken.None)).Error);
    }

    [Fact]
    public async Task Restart_KeepsTheHeldTicketWithItsVolunteer()
    {
        await Handoff.InsertAsync(NewTicket("t1"));
        await Handoff.ApplyAsync("milano", "t1", t => Set(t, TicketStatus.Held, "anna"), CancellationToken.None);

        await ReopenAsync();

        var ticket = (await Handoff.GetAsync("t1"))!;
        Assert.Equal((TicketStatus.Held, "anna", 2L), (ticket.Status, ticket.VolunteerId, ticket.Version));
        Assert.Single(await Handoff.ListOpenAsync("milano"));
    }

    [Fact]
    public async Task CannedReplies_SavedReplacedDeleted_PerTenant()
    {
        await Handoff.SaveCannedReplyAsync(new CannedReply("milano", "orari", "Orari", "Siamo qui {orari}."));
        await Handoff.SaveCannedReplyAsync(new CannedReply("milano", "saluto", "Saluto", "Ciao {nome}!"));
        await Handoff.SaveCannedReplyAsync(new CannedReply("cremona", "saluto", "Saluto", "Buongiorno {nome}."));
        await Handoff.SaveCannedReplyAsync(new CannedReply("milano", "saluto", "Saluto", "Ciao {nome}, come stai?"));

        var milano = await Handoff.ListCannedRepliesAsync("milano");
        Assert.Equal(["orari", "saluto"], milano.Select(r => r.Id).Order());
        Assert.Equal("Ciao {nome}, come stai?", milano.Single(r => r.Id == "saluto").Text);

        Assert.True(await Handoff.DeleteCannedReplyAsync("milano", "saluto"));
        Assert.False(await Handoff.DeleteCannedReplyAsync("milano", "saluto"));
        Assert.Equal(["orari"], (await Handoff.ListCannedRepliesAsync("milano")).Select(r => r.Id));
        Assert.Single(await Handoff.ListCannedRepliesAsync("cremona"));
    }

    private static TicketResult? Set(Ticket ticket, TicketStatus status, string? volunteer)
    {
        ticket.Status = status;
        ticket.VolunteerId = volunteer;
        return null;
    }

    [Fact]
    public async Task Presence_TwoHostsOneVolunteer_ListedOnceUntilBothRowsGoOrExpire()
    {
        var anna = new Volunteer("anna", "Anna", "milano", ["spid-ottenere"]);
        var bruno = new Volunteer("bruno", "Bruno", "milano", []);
        await Presence.BeatAsync("host-a", [anna, bruno], Noon, Noon.AddSeconds(30));
        await Presence.BeatAsync("host-b", [anna], Noon, Noon.AddSeconds(60));
        await Presence.BeatAsync("host-c", [new Volunteer("carla", "Carla", "cremona", [])], Noon, Noon.AddSeconds(60));

        var online = await Presence.ListOnlineAsync("milano", Noon.AddSeconds(1));
        Assert.Equal(["anna", "bruno"], online.Select(v => v.Id));
        Assert.Equal(["spid-ottenere"], online[0].Skills);

        // Anna closes her page on host B: her page on host A still counts.
        await Presence.RemoveAsync("host-b", "milano", "anna");
        Assert.Equal(["anna", "bruno"], (await Presence.ListOnlineAsync("milano", Noon.AddSeconds(1))).Select(v => v.Id));

        // Host A dies (no more beats): its volunteers are offline once its rows expire, and the next beat deletes them.
        Assert.Empty(await Presence.ListOnlineAsync("milano", Noon.AddSeconds(31)));
        await Presence.BeatAsync("host-b", [bruno], Noon.AddSeconds(31), Noon.AddSeconds(61));
        Assert.Equal(["bruno"], (await Presence.ListOnlineAsync("milano", Noon.AddSeconds(32))).Select(v => v.Id));
        Assert.Equal(["carla"], (await Presence.ListOnlineAsync("cremona", Noon.AddSeconds(32))).Select(v => v.Id));
    }

    [Fact]
    public async Task EraseCitizen_TheirTicketsOpenAndClosed_AreGoneWithTheCopiedMessages_AnotherCitizensStay()
    {
        foreach (var (citizen, conversation) in new[] { ("anna", "c-anna"), ("bruno", "c-bruno") })
        {
            var turn = Turn(NewState(conversation, citizen), "voglio parlare con un operatore");
            await Conversations.CommitTurnAsync(new TurnCommit { State = turn.State, Citizen = Citizen(citizen), Transcript = turn.Transcript, Outbox = [] });
        }

        await Handoff.InsertAsync(NewTicket("anna-closed", conversation: "c-anna", queuedAt: Noon.AddDays(-3)));
        await Handoff.ApplyAsync("milano", "anna-closed", t => Close(t, Noon.AddDays(-3)), CancellationToken.None);
        await Handoff.InsertAsync(NewTicket("anna-open", conversation: "c-anna"));
        await Handoff.InsertAsync(NewTicket("bruno-open", conversation: "c-bruno"));

        await Citizens.EraseAsync("anna");

        Assert.Null(await Handoff.GetAsync("anna-closed"));
        Assert.Null(await Handoff.GetAsync("anna-open"));
        Assert.Null(await Handoff.FindOpenByConversationAsync(Key("c-anna")));
        Assert.Equal(["bruno-open"], (await Handoff.ListOpenAsync("milano")).Select(t => t.Id));
    }

    [Fact]
    public async Task RetentionPurge_ClosedTicketsPastThePeriodGo_RecentAndOpenOnesStay()
    {
        await Handoff.InsertAsync(NewTicket("old", conversation: "c1", queuedAt: Noon.AddDays(-100)));
        await Handoff.ApplyAsync("milano", "old", t => Close(t, Noon.AddDays(-100)), CancellationToken.None);
        await Handoff.InsertAsync(NewTicket("recent", conversation: "c2", queuedAt: Noon.AddDays(-5)));
        await Handoff.ApplyAsync("milano", "recent", t => Close(t, Noon.AddDays(-5)), CancellationToken.None);
        await Handoff.InsertAsync(NewTicket("waiting-long", conversation: "c3", queuedAt: Noon.AddDays(-100)));

        var first = await Stores.Retention!.PurgeAsync(Noon.AddDays(-90), Noon.AddDays(-7), Noon.AddDays(-90));
        var again = await Stores.Retention!.PurgeAsync(Noon.AddDays(-90), Noon.AddDays(-7), Noon.AddDays(-90));

        Assert.Equal((1L, 0L), (first.ClosedTickets, again.ClosedTickets));
        Assert.Null(await Handoff.GetAsync("old"));
        Assert.NotNull(await Handoff.GetAsync("recent"));
        Assert.Equal(["waiting-long"], (await Handoff.ListOpenAsync("milano")).Select(t => t.Id));
    }

    private static TicketResult? Close(Ticket ticket, DateTimeOffset at)
    {
        ticket.Status = TicketStatus.Closed;
        ticket.Outcome = TicketOutcome.Resolved;
        ticket.ClosedAt = at;
        return null;
    }
}
