using ChatAssistant.Handoff.Tests.Support;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Tests.Hours;

/// <summary>Outside the desk's hours the citizen hears when volunteers are back and can leave a message for then.</summary>
public sealed class OutOfHoursTranscripts
{
    /// <summary>Saturday 7 March 2026, 11:00 in Rome.</summary>
    private static readonly DateTimeOffset Saturday = new(2026, 3, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Saturday_SaysMondaysOpening_KeepsTheMessage_AndTheTicketWaitsForTheOpening()
    {
        await using var world = new HandoffWorld(Saturday);
        var maria = world.Citizen("100");

        await maria.Send("operatore").AssertReply("Ora i volontari non ci sono. Tornano lunedì 9 marzo alle 9:00.");
        Assert.Empty(await world.Store.ListOpenAsync("milano"));
        await maria.Send("Devo rinnovare la carta d'identità").AssertReply("Ho salvato il tuo messaggio.");
        await maria.Send("spid").AssertReply("Lo SPID è la tua identità digitale.");

        var ticket = await world.TicketOfAsync(maria);
        Assert.Equal(("Devo rinnovare la carta d'identità", new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero)), (ticket.Message, ticket.QueuedAt));
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
    }

    [Fact]
    public async Task Evening_SaysTomorrowMorning()
    {
        await using var world = new HandoffWorld(new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.Zero));

        await world.Citizen("100").Send("operatore").AssertReply("Tornano domani alle 9:00.");
    }

    [Fact]
    public async Task LunchBreak_SaysTodayAfternoon()
    {
        await using var world = new HandoffWorld(new DateTimeOffset(2026, 3, 2, 12, 30, 0, TimeSpan.Zero));

        await world.Citizen("100").Send("operatore").AssertReply("Tornano oggi alle 14:00.");
    }

    [Fact]
    public async Task MunicipalClosure_AndEasterMonday_AreClosedDays()
    {
        await using var closure = new HandoffWorld(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));
        await closure.Citizen("100").Send("operatore").AssertReply("Tornano domani alle 9:00.");

        await using var easter = new HandoffWorld(new DateTimeOffset(2026, 4, 6, 8, 0, 0, TimeSpan.Zero));
        await easter.Citizen("100").Send("operatore").AssertReply("Tornano domani alle 9:00.");
    }

    [Fact]
    public async Task MessageLeftOnSaturday_AVolunteerClaimsItOnMonday_ThenTheChatIsHeld()
    {
        await using var world = new HandoffWorld(Saturday);
        var maria = world.Citizen("100");
        await maria.Send("operatore");
        await maria.Send("Devo rinnovare la carta d'identità");
        var ticket = await world.TicketOfAsync(maria);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 8, 5, 0, TimeSpan.Zero));
        Assert.True((await world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default)).Succeeded);

        await maria.Send("grazie, eccomi").AssertSilent();
    }
}
