using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Tests.Support;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Tests.Assignment;

public sealed class AutoAssignmentTests
{
    private static readonly Volunteer Anna = new("anna", "Anna", "auto", ["spid-ottenere"]);
    private static readonly Volunteer Bruno = new("bruno", "Bruno", "auto");
    private static readonly Volunteer Carla = new("carla", "Carla", "auto");

    [Fact]
    public void Pick_PrefersTheTopicsSkill_ThenTheLeastBusy_ThenTheLeastRecentlyAssigned()
    {
        var spid = Ticket("t", "spid-ottenere");
        var other = Ticket("u", "isee");
        var open = new[] { Held("h1", "bruno", 1), Held("h2", "anna", 2) };
        var recent = new[] { Held("r1", "carla", 5) };

        Assert.Equal("anna", AssignmentChoice.Pick(spid, [Anna, Bruno, Carla], open, [], 3)!.Id);
        Assert.Equal("carla", AssignmentChoice.Pick(other, [Anna, Bruno, Carla], open, [], 3)!.Id);
        Assert.Equal("bruno", AssignmentChoice.Pick(other, [Bruno, Carla], [], recent, 3)!.Id);
    }

    [Fact]
    public void Pick_EveryoneAtCapacity_NobodyGetsIt() =>
        Assert.Null(AssignmentChoice.Pick(Ticket("t", null), [Bruno], [Held("a", "bruno", 1), Held("b", "bruno", 2)], [], 2));

    [Fact]
    public async Task AutoTenant_WaitingTicket_GoesToTheVolunteerWhoComesOnline()
    {
        await using var world = new HandoffWorld();
        var maria = world.Citizen("100", tenant: "auto");
        await maria.Send("operatore");
        await world.Monitor.ScanAsync(default);
        Assert.Equal(TicketStatus.Waiting, (await world.TicketOfAsync(maria)).Status);

        await world.Presence.ConnectedAsync(Bruno);
        await world.Monitor.ScanAsync(default);

        var ticket = await world.TicketOfAsync(maria);
        Assert.Equal((TicketStatus.Held, "bruno"), (ticket.Status, ticket.VolunteerId));
        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text == "Ora ti scrive Bruno, un volontario. Puoi scrivere qui.");
    }

    private static Ticket Ticket(string id, string? topic) => new()
    {
        Id = id, TenantId = "auto", ConversationKey = "telegram:" + id, ChannelId = "telegram", ConversationId = id, CitizenUserId = id, Topic = topic,
    };

    private static Ticket Held(string id, string volunteer, int minute)
    {
        var ticket = Ticket(id, null);
        ticket.Status = TicketStatus.Held;
        ticket.VolunteerId = volunteer;
        ticket.ClaimedAt = HandoffWorld.MondayMorning.AddMinutes(minute);
        return ticket;
    }
}
