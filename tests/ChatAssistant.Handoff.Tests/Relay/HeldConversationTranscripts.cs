using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Tests.Support;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Tests.Relay;

/// <summary>Once a volunteer holds the chat, the bot is silent; messages go both ways; closing brings the survey back to the bot.</summary>
public sealed class HeldConversationTranscripts : IAsyncLifetime
{
    private readonly HandoffWorld _world = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task HeldChat_TheBotCannotAnswer_NotFlowsNotCommandsNotEventsNotGreetings()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);

        await maria.Send("spid").AssertSilent();
        await maria.Send("menu").AssertSilent();
        await maria.Send("aiuto").AssertSilent();
        await maria.Send("chi vince il campionato?").AssertSilent();
        await maria.Send("e domani piove?").AssertSilent();
        await (await maria.Activity(ActivityTypes.ConversationUpdate)).AssertSilent().Send("ciao").AssertSilent();
        await (await maria.Activity(ActivityTypes.Event, "reminder")).AssertSilent().Send("ok").AssertSilent();

        // Everything she wrote is kept for the volunteer; nothing automatic was written to her after the claim notice.
        var written = await maria.NewMessagesAsync();
        Assert.Equal("Ora ti scrive Anna, un volontario. Puoi scrivere qui.", written[^1].Text);
        var transcript = await _world.Conversations.ReadTranscriptAsync(maria.Key, ticket.StartSequence, 100);
        Assert.Contains(transcript, e => e.ActivityJson.Contains("\"text\":\"spid\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitingChat_TheBotDoesNotAnswerQuestions_ItSaysOnceTheyAreKeptForTheVolunteer()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");

        await maria.Send("spid").AssertReply("Sei in coda, numero 1. Il volontario leggerà anche quello che scrivi ora.");
        await maria.Send("ho provato con Poste").AssertSilent();
    }

    [Fact]
    public async Task CitizenMessages_ReachTheVolunteersFeed_VolunteerMessages_ReachTheCitizen()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);

        await maria.Send("la mia password è Segreta123!");
        await _world.Forwarder.ForwardAsync(maria.Key);
        var sent = await _world.Commands.SendAsync(HandoffWorld.Anna, ticket.Id, "Non scrivere mai la password. Ti spiego io.", default);

        var fromCitizen = _world.Events.Where(e => e.Kind == HandoffEventKinds.CitizenMessage && e.TicketId == ticket.Id).Select(e => e.Text).ToList();
        Assert.Contains(fromCitizen, t => t!.Contains("la mia password è", StringComparison.Ordinal) && !t.Contains("Segreta123!", StringComparison.Ordinal));
        Assert.True(sent.Succeeded);
        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text == "Anna: Non scrivere mai la password. Ti spiego io." && m.From!.Name == "Anna");
    }

    [Fact]
    public async Task VolunteerMessage_ToTelegram_LeavesThroughTheOutboxAtReplyPriority_ToWebChat_OnlyTheTranscript()
    {
        var telegram = _world.Citizen("100");
        var web = _world.Citizen("web-1", ChannelIds.DirectLine);
        await telegram.Send("operatore");
        await web.Send("operatore");
        foreach (var citizen in new[] { telegram, web })
        {
            var ticket = await _world.TicketOfAsync(citizen);
            await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);
            await _world.Commands.SendAsync(HandoffWorld.Anna, ticket.Id, "Eccomi", default);
        }

        var due = await _world.Outbox.ClaimDueAsync("milano", _world.Clock.GetUtcNow().AddSeconds(10), 100, _world.Clock.GetUtcNow().AddMinutes(1));
        Assert.All(due, m => Assert.Equal(("100", OutboxPriority.Reply), (m.ChatId, m.Priority)));
        Assert.Contains(await web.NewMessagesAsync(), m => m.Text == "Anna: Eccomi");
    }

    [Fact]
    public async Task Close_SendsTheSurvey_RatingAndCommentAreKept_ThenTheBotAnswersAgain()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);
        await maria.NewMessagesAsync();

        await _world.Commands.CloseAsync(HandoffWorld.Anna, ticket.Id, TicketOutcome.Resolved, "SPID con Poste fatto", default);

        var survey = Assert.Single(await maria.NewMessagesAsync());
        Assert.StartsWith("La chat con il volontario è finita.", survey.Text, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], survey.SuggestedActions!.Actions.Select(a => a.Title));
        await maria.Send("5").AssertReply("Grazie! Se vuoi, scrivi un commento.");
        await maria.Send("Anna è stata gentilissima").AssertReply("Grazie per il tuo commento.");
        await maria.Send("spid").AssertReply("Lo SPID è la tua identità digitale.");

        var closed = (await _world.Store.GetAsync(ticket.Id))!;
        Assert.Equal((TicketOutcome.Resolved, "SPID con Poste fatto", 5, "Anna è stata gentilissima", false),
            (closed.Outcome, closed.Note, closed.Rating, closed.Comment, closed.SurveyPending));
    }

    [Fact]
    public async Task Close_CitizenSkipsTheSurvey_TheBotAnswersTheirQuestion()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);
        await _world.Commands.CloseAsync(HandoffWorld.Anna, ticket.Id, TicketOutcome.Referred, null, default);

        await maria.Send("spid").AssertReply("Lo SPID è la tua identità digitale.");

        Assert.False((await _world.Store.GetAsync(ticket.Id))!.SurveyPending);
    }

    [Fact]
    public async Task Release_PutsTheCitizenBackInTheQueue_Transfer_TellsTheNewName()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);

        await _world.Commands.TransferAsync(HandoffWorld.Anna, ticket.Id, HandoffWorld.Bruno, default);
        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text == "Ora ti scrive Bruno, un altro volontario.");
        Assert.Equal(TicketError.Forbidden, (await _world.Commands.SendAsync(HandoffWorld.Anna, ticket.Id, "ciao", default)).Error);

        await _world.Commands.ReleaseAsync(HandoffWorld.Bruno, ticket.Id, default);
        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text == "Il volontario ha dovuto lasciare la chat. Sei di nuovo in coda: numero 1.");
        Assert.Equal(TicketStatus.Waiting, (await _world.TicketOfAsync(maria)).Status);
    }

    [Fact]
    public async Task Claim_AVolunteerAtCapacity_IsRefused_AClosedTicket_IsAConflictWithTheReason()
    {
        var tickets = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var citizen = _world.Citizen($"c{i}");
            await citizen.Send("operatore");
            tickets.Add((await _world.TicketOfAsync(citizen)).Id);
            _world.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        foreach (var id in tickets.Take(3))
        {
            Assert.True((await _world.Commands.ClaimAsync(HandoffWorld.Anna, id, default)).Succeeded);
        }

        var fourth = await _world.Commands.ClaimAsync(HandoffWorld.Anna, tickets[3], default);
        Assert.Equal((TicketError.Conflict, "You already hold 3 chats: close or release one first."), (fourth.Error, fourth.Reason));

        await _world.Commands.CloseAsync(HandoffWorld.Anna, tickets[0], TicketOutcome.Resolved, null, default);
        var closed = await _world.Commands.ClaimAsync(HandoffWorld.Bruno, tickets[0], default);
        Assert.Equal((TicketError.Conflict, "The ticket is closed: the chat has ended."), (closed.Error, closed.Reason));
        var taken = await _world.Commands.ClaimAsync(HandoffWorld.Bruno, tickets[1], default);
        Assert.Equal("Anna took this ticket first.", taken.Reason);
    }
}
