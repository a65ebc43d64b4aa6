using ChatAssistant.Dialogs.Tests.Support;

namespace ChatAssistant.Dialogs.Tests.Engine;

public class StepKindTests
{
    private const string Greeting = """
        id: saluto
        steps:
          - id: ciao
            message: hello
          - id: nome
            text: ask.name
            into: nome
          - id: fine
            message: greet
        """;

    [Fact]
    public void Message_AndTextPrompt_SayTheTextThenWaitThenUseTheAnswer()
    {
        var texts = new FakeTexts(new() { ["hello"] = "Ciao dal {tenant}!", ["greet"] = "Piacere, {nome}." });
        using var bot = new EngineHarness(texts, ("saluto", Greeting));

        var first = bot.Begin("saluto");
        var second = bot.Answer("  Maria ");

        Assert.Equal(["Ciao dal Comune di Prova!", "ask.name"], EngineHarness.Texts(first));
        Assert.Equal(["Piacere, Maria."], EngineHarness.Texts(second));
        Assert.Empty(bot.State.Stack);
    }

    private const string Menu = """
        id: menu
        steps:
          - id: scelta
            choice: menu.question
            options:
              - { value: info, label: menu.info }
              - { value: prenota, label: menu.book }
            into: scelta
          - id: vai
            branch: scelta
            cases: { info: info }
            default: prenota
          - id: info
            message: said.info
            next: end
          - id: prenota
            message: said.book
        """;

    private static FakeTexts MenuTexts() => new(
        new() { ["menu.info"] = "Informazioni sui servizi", ["menu.book"] = "Prenota un appuntamento" },
        new() { ["menu.info"] = "Information on services", ["menu.book"] = "Book an appointment" });

    [Theory]
    [InlineData("Informazioni sui servizi", "said.info")]
    [InlineData("1", "said.info")]
    [InlineData("2", "said.book")]
    [InlineData("INFORMAZIONI", "said.info")]
    [InlineData("prenota", "said.book")]
    [InlineData("Book an appointment", "said.book")]
    public void Choice_AnswerByLabelNumberPrefixValueOrEnglish_GoesToTheChosenBranch(string answer, string expected)
    {
        using var bot = new EngineHarness(MenuTexts(), ("menu", Menu));

        var prompt = bot.Begin("menu");
        var result = bot.Answer(answer);

        Assert.Equal(["Informazioni sui servizi", "Prenota un appuntamento"], prompt.Messages.Single().Buttons);
        Assert.Equal([expected], EngineHarness.Texts(result));
    }

    private const string Confirm = """
        id: conferma
        steps:
          - id: sicuro
            confirm: sure.question
          - id: vai
            branch: sicuro
            cases: { yes: si, no: no }
          - id: si
            message: said.yes
            next: end
          - id: no
            message: said.no
        """;

    [Theory]
    [InlineData("Sì", "said.yes")]
    [InlineData("va bene", "said.yes")]
    [InlineData("ok", "said.yes")]
    [InlineData("yes", "said.yes")]
    [InlineData("no grazie", "said.no")]
    [InlineData("No", "said.no")]
    public void Confirm_EverydayYesAndNoWords_AreUnderstood(string answer, string expected)
    {
        using var bot = new EngineHarness(("conferma", Confirm));

        var prompt = bot.Begin("conferma");
        var result = bot.Answer(answer);

        Assert.Equal(["Sì", "No"], prompt.Messages.Single().Buttons);
        Assert.Equal([expected], EngineHarness.Texts(result));
    }

    private const string Count = """
        id: quanti
        steps:
          - id: persone
            number: ask.count
            min: 1
            max: 5
          - id: fine
            message: said.count
        """;

    [Fact]
    public void Number_OutOfRange_SaysTheRangeAndThenAcceptsAValidNumber()
    {
        var texts = new FakeTexts(new() { ["prompt.retry.number_range"] = "Scrivi un numero da {min} a {max}.", ["said.count"] = "Siete in {persone}." });
        using var bot = new EngineHarness(texts, ("quanti", Count));

        bot.Begin("quanti");
        var tooMany = bot.Answer("12");
        var fine = bot.Answer("3");

        Assert.Equal(["Scrivi un numero da 1 a 5."], EngineHarness.Texts(tooMany));
        Assert.Equal(["Siete in 3."], EngineHarness.Texts(fine));
    }

    [Fact]
    public void Action_StepAsksTheCaller_AndValuesItSetsAreUsedByTheNextStep()
    {
        var texts = new FakeTexts(new() { ["said.result"] = "Risultato: {risultato}" });
        using var bot = new EngineHarness(texts, ("calcola", """
            id: calcola
            steps:
              - id: fai
                action: math.compute
              - id: mostra
                message: said.result
            """));

        var asked = bot.Begin("calcola");
        asked.Action!.Values["risultato"] = "42";
        var after = bot.After(asked, Dialogs.Engine.ActionOutcome.Continue);

        Assert.Equal("math.compute", asked.Action.Name);
        Assert.True(asked.Action.FromStep);
        Assert.Equal(["Risultato: 42"], EngineHarness.Texts(after));
    }

    [Fact]
    public void End_Step_StopsTheFlowBeforeTheStepsAfterIt()
    {
        using var bot = new EngineHarness(("breve", """
            id: breve
            steps:
              - id: a
                message: said.a
                next: fine
              - id: b
                message: said.b
              - id: fine
                end: true
            """));

        var result = bot.Begin("breve");

        Assert.Equal(["said.a"], EngineHarness.Texts(result));
        Assert.Empty(bot.State.Stack);
    }
}
