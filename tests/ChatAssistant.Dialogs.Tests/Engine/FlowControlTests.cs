using System.Text.Json;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Dialogs.Tests.Support;

namespace ChatAssistant.Dialogs.Tests.Engine;

public class FlowControlTests
{
    private const string Parent = """
        id: padre
        steps:
          - id: prima
            message: said.before
          - id: chiama
            flow: figlio
          - id: dopo
            message: said.after
        """;

    private const string Child = """
        id: figlio
        steps:
          - id: domanda
            confirm: child.question
          - id: fine
            message: said.child
        """;

    private const string Choice = """
        id: scelta
        steps:
          - id: colore
            choice: color.question
            options:
              - { value: rosso, label: color.red }
              - { value: blu, label: color.blue }
          - id: fine
            message: said.color
        """;

    [Fact]
    public void Call_ChildFlowEnds_ParentGoesOnAfterTheCall()
    {
        using var bot = new EngineHarness(("padre", Parent), ("figlio", Child));

        var first = bot.Begin("padre");
        var second = bot.Answer("sì");

        Assert.Equal(["said.before", "child.question"], EngineHarness.Texts(first));
        Assert.Equal(["said.child", "said.after"], EngineHarness.Texts(second));
        Assert.Empty(bot.State.Stack);
    }

    [Fact]
    public void FlowTarget_OtherFlowTakesOverWithTheValues()
    {
        var texts = new FakeTexts(new() { ["said.color"] = "Hai scelto {colore}." });
        using var bot = new EngineHarness(texts, ("scelta", Choice), ("vai", """
            id: vai
            steps:
              - id: imposta
                branch: colore
                default: "flow:scelta"
            """));

        bot.Begin("vai");
        var result = bot.Answer("blu");

        Assert.Equal(["Hai scelto blu."], EngineHarness.Texts(result));
    }

    [Fact]
    public void InvalidAnswer_GetsOneSimplerRepromptWithTheSameButtons()
    {
        using var bot = new EngineHarness(("scelta", Choice));

        var prompt = bot.Begin("scelta");
        var retry = bot.Answer("verde a pois");

        Assert.Equal(["prompt.retry.choice"], EngineHarness.Texts(retry));
        Assert.Equal(prompt.Messages.Single().Buttons, retry.Messages.Single().Buttons);
        Assert.Null(retry.Action);
        Assert.True(DialogEngine.IsWaiting(bot.State));
    }

    [Fact]
    public void SecondInvalidAnswer_OffersAVolunteerAndEndsTheFlow()
    {
        using var bot = new EngineHarness(("scelta", Choice));

        bot.Begin("scelta");
        bot.Answer("verde");
        var escalation = bot.Answer("giallo");

        Assert.Equal(DialogEngine.EscalationAction, escalation.Action?.Name);
        Assert.False(escalation.Action!.FromStep);
        Assert.Empty(bot.State.Stack);
    }

    [Fact]
    public void ValidAnswerAfterAnInvalidOne_ResetsTheCountOfMistakes()
    {
        using var bot = new EngineHarness(("scelta", Choice), ("padre", """
            id: padre
            steps:
              - id: uno
                flow: scelta
              - id: due
                flow: scelta
            """));

        bot.Begin("padre");
        bot.Answer("verde");
        bot.Answer("rosso");
        var retry = bot.Answer("viola");

        Assert.Equal(["prompt.retry.choice"], EngineHarness.Texts(retry));
        Assert.Null(retry.Action);
    }

    [Fact]
    public void FreeTextChoice_UnmatchedText_IsHandedBackForTheRecognizer()
    {
        using var bot = new EngineHarness(("menu", """
            id: menu
            steps:
              - id: scelta
                choice: menu.question
                options:
                  - { value: info, label: menu.info }
                free_text: true
            """));

        bot.Begin("menu");
        var result = bot.Answer("come faccio lo SPID?");

        Assert.Equal("come faccio lo SPID?", result.FreeText);
        Assert.Empty(result.Messages);
        Assert.Empty(bot.State.Stack);
    }

    [Fact]
    public void Restart_InTheMiddleOfAFlow_ResumesWhereItWas()
    {
        using var bot = new EngineHarness(("padre", Parent), ("figlio", Child));
        var state = new ConversationState { Key = "test:c1", TenantId = "prova", ChannelId = "test" };
        bot.State = state.Dialog;
        bot.Begin("padre");

        var saved = JsonSerializer.Serialize(state);
        bot.Restart();
        bot.State = JsonSerializer.Deserialize<ConversationState>(saved)!.Dialog;
        var result = bot.Answer("no");

        Assert.Equal(["said.child", "said.after"], EngineHarness.Texts(result));
    }

    [Fact]
    public void SavedStepThatNoLongerExists_IsDroppedInsteadOfFailingEveryTurn()
    {
        using var bot = new EngineHarness(("scelta", Choice));
        bot.State.Stack.Add(new DialogFrame { FlowId = "scelta", StepId = "tolto", Waiting = true });

        var result = bot.Answer("rosso");

        Assert.Equal("rosso", result.FreeText);
        Assert.Empty(bot.State.Stack);
    }
}
