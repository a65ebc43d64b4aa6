using ChatAssistant.Core.Events;
using ChatAssistant.Handoff.Tests.Support;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Handoff.Tests.Reports;

/// <summary>What the coordinators' reports learn from one handoff: an escalated turn, the wait, the handling time, the rating.</summary>
public sealed class UsageEventsOfAHandoffTests : IAsyncLifetime
{
    private readonly Recorded _recorded = new();
    private readonly HandoffWorld _world;

    public UsageEventsOfAHandoffTests()
    {
        var clock = new FakeTimeProvider(HandoffWorld.MondayMorning);
        var folder = HandoffWorld.NewFolder();
        var services = new ServiceCollection();
        HandoffWorld.Register(services, clock, folder);
        services.AddSingleton<IUsageEvents>(_recorded);
        _world = new HandoffWorld(clock, folder, services.BuildServiceProvider());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task Handoff_EscalateClaimCloseRate_RecordsTheTurnAsEscalated_TheWait_TheHandlingTime_AndTheRating()
    {
        var maria = _world.Citizen("100");
        await maria.Send("operatore");
        var ticket = await _world.TicketOfAsync(maria);
        _world.Clock.Advance(TimeSpan.FromSeconds(90));
        await _world.Commands.ClaimAsync(HandoffWorld.Anna, ticket.Id, default);
        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        await _world.Commands.CloseAsync(HandoffWorld.Anna, ticket.Id, TicketOutcome.Resolved, null, default);
        await maria.Send("4");

        var events = _recorded.All;
        var escalation = events.First(e => e.Kind == UsageKinds.Turn);
        Assert.Equal((UsageOutcome.Escalated, "milano", "telegram"), (escalation.Outcome, escalation.TenantId, escalation.Channel));
        Assert.Null(escalation.Question);
        Assert.Equal(90, Assert.Single(events, e => e.Kind == UsageKinds.HandoffClaimed).WaitSeconds);
        Assert.Equal(600, Assert.Single(events, e => e.Kind == UsageKinds.HandoffClosed).HandlingSeconds);
        Assert.Equal(4, Assert.Single(events, e => e.Kind == UsageKinds.SurveyAnswered).Score);
    }

    /// <summary>Keeps what was recorded, as the reports' writer would queue it.</summary>
    private sealed class Recorded : IUsageEvents
    {
        private readonly List<UsageEvent> _events = [];

        public IReadOnlyList<UsageEvent> All
        {
            get
            {
                lock (_events)
                {
                    return _events.ToList();
                }
            }
        }

        public void Record(UsageEvent usageEvent)
        {
            lock (_events)
            {
                _events.Add(usageEvent);
            }
        }
    }
}
