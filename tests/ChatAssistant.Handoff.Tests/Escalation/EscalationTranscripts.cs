using ChatAssistant.Handoff.Tests.Support;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Tests.Escalation;

/// <summary>How a citizen reaches the queue, what they are told, and how "annulla" takes them back to the bot.</summary>
public sealed class EscalationTranscripts : IAsyncLifetime
{
    private readonly HandoffWorld _world = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task VolunteerWord_TellsPlaceAndWait_AndTheTicketCarriesTopicAndRecentMessages()
    {
        var maria = _world.Citizen("100");

        await maria.Send("spid");
        await maria.Send("operatore").AssertReply("Sei il numero 1 in coda. Aspetti circa 8 minuti. Scrivi «annulla» per tornare al bot.");

        var ticket = await _world.TicketOfAsync(maria);
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal(("spid-ottenere", "telegram", "Maria", "it"), (ticket.Topic, ticket.ChannelId, ticket.DisplayName, ticket.Language));
        Assert.Contains(ticket.Recent, m => m.Role == "user" && m.Text == "spid");
        Assert.Contains(ticket.Recent, m => m.Role == "bot" && m.Text.Contains("SPID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondCitizen_IsNumberTwo_AndTheVolunteerButtonWorksToo()
    {
        await _world.Citizen("100").Send("operatore");
        _world.Clock.Advance(TimeSpan.FromSeconds(1));

        await _world.Citizen("200").Send("menu").Send("Parla con un volontario").AssertReply("Sei il numero 2 in coda");
    }

    [Fact]
    public Task IntentOperatore_FromFreeText_Escalates() =>
        _world.Citizen("100").Send("vorrei parlare con una persona").AssertReply("Sei il numero 1 in coda");

    [Fact]
    public Task TwoUnknownQuestionsInARow_Escalate() =>
        _world.Citizen("100").Send("chi vince il campionato?").Send("e domani piove?").AssertReply("Ti passo a un volontario.");

    [Fact]
    public Task ThumbsDown_Escalates() =>
        _world.Citizen("100").Send("spid").Send("👎").AssertReply("Mi dispiace.").AssertReply("Sei il numero 1 in coda");

    [Fact]
    public Task TwoWrongAnswersToAPrompt_Escalate() =>
        _world.Citizen("100").Send("lingua").Send("klingon").Send("vulcaniano").AssertReply("Sei il numero 1 in coda");

    [Fact]
    public async Task Annulla_WhileWaiting_ClosesTheTicketAsLeft_AndTheBotAnswersAgain()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);

        await maria.Send("annulla").AssertReply("Va bene. Sei tornato al bot.");
        await maria.Send("spid").AssertReply("Lo SPID è la tua identità digitale.");

        var closed = (await _world.Store.GetAsync(ticket.Id))!;
        Assert.Equal((TicketStatus.Closed, TicketOutcome.Left), (closed.Status, closed.Outcome));
        Assert.Empty(await _world.Store.ListOpenAsync("milano"));
    }

    [Fact]
    public async Task AskingAgain_WhileWaiting_OpensNoSecondTicket()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");

        await maria.Send("operatore").AssertReply("Sei in coda, numero 1.");

        Assert.Single(await _world.Store.ListOpenAsync("milano"));
    }

    [Fact]
    public async Task WaitingCitizen_IsToldAgain_WhenTheirPlaceMovesALot()
    {
        var citizens = Enumerable.Range(1, 5).Select(i => _world.Citizen($"c{i}")).ToList();
        foreach (var citizen in citizens)
        {
            await citizen.Send("operatore");
            _world.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var last = citizens[^1];
        await last.NewMessagesAsync();
        foreach (var citizen in citizens.Take(3))
        {
            var ticket = await _world.TicketOfAsync(citizen);
            await _world.Commands.ClaimAsync(citizen == citizens[0] ? HandoffWorld.Anna : HandoffWorld.Bruno, ticket.Id, default);
        }

        await _world.Monitor.ScanAsync(default);

        Assert.Contains(await last.NewMessagesAsync(), m => m.Text == "Sei il numero 2 in coda. Aspetti circa 16 minuti.");
    }

    [Fact]
    public async Task NobodyClaims_WithinTheTenantsTime_ApologyWithChoices_ThenAMessageIsKept()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        await maria.NewMessagesAsync();

        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        await _world.Monitor.ScanAsync(default);
        await _world.Monitor.ScanAsync(default);

        var apology = Assert.Single(await maria.NewMessagesAsync());
        Assert.Equal("Scusa, i volontari sono tutti occupati. Vuoi aspettare ancora o lasciare un messaggio?", apology.Text);
        Assert.Equal(["Aspetto ancora", "Lascio un messaggio"], apology.SuggestedActions!.Actions.Select(a => a.Title));

        await maria.Send("Lascio un messaggio").AssertReply("Scrivi il tuo messaggio.");
        await maria.Send("Non riesco a pagare la TARI online").AssertReply("Ho salvato il tuo messaggio.");
        await maria.Send("spid").AssertReply("Lo SPID è la tua identità digitale.");

        Assert.Equal("Non riesco a pagare la TARI online", (await _world.TicketOfAsync(maria)).Message);
    }

    [Fact]
    public async Task KeepWaiting_AfterTheApology_RepeatsThePlace()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        _world.Clock.Advance(TimeSpan.FromMinutes(11));
        await _world.Monitor.ScanAsync(default);

        await maria.Send("Aspetto ancora").AssertReply("Sei in coda, numero 1.");
    }
}
