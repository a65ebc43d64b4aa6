using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

public sealed class AnswerPartsTests
{
    private const string Body = """
        La CIE si chiede in Comune. Serve un appuntamento.

        1. Prenota sul sito del Comune.
        2. Vai all'anagrafe.

        **PIN e PUK:** li trovi sulla ricevuta.

        **Cosa serve:**
        - una foto

        **Chi ti aiuta:** i volontari, gratis.
        """;

    [Fact]
    public void Split_TypicalBody_OpensWithTheAnswerAndTheFirstStep()
    {
        var parts = AnswerParts.Split(Body);

        Assert.Equal("La CIE si chiede in Comune. Serve un appuntamento.\n\n1. Prenota sul sito del Comune.", parts.Opening);
        Assert.True(parts.HasMoreSteps);
    }

    [Fact]
    public void Split_TypicalBody_KeepsStepsNeedsAndHelpersApart()
    {
        var parts = AnswerParts.Split(Body);

        Assert.Equal("1. Prenota sul sito del Comune.\n2. Vai all'anagrafe.\n\n**PIN e PUK:** li trovi sulla ricevuta.", parts.Steps);
        Assert.Equal("**Cosa serve:**\n- una foto", parts.Needs);
        Assert.Equal("**Chi ti aiuta:** i volontari, gratis.", parts.Helpers);
    }

    [Fact]
    public void Split_EnglishLabels_AreRecognised()
    {
        var parts = AnswerParts.Split("You ask at the registry office.\n\n**What you need:**\n- a photo\n\n**Who helps you:** volunteers.");

        Assert.Equal("**What you need:**\n- a photo", parts.Needs);
        Assert.Equal("**Who helps you:** volunteers.", parts.Helpers);
        Assert.False(parts.HasMoreSteps);
    }

    [Theory]
    [InlineData("- una foto\n- la tessera")]
    [InlineData("Puoi pagare in tanti modi:\n1. Con l'app IO.")]
    [InlineData("**A Milano:** prenoti online.")]
    public void Split_BodyNotOpeningWithAnAnswer_HasNoSummary(string body) => Assert.Equal("", AnswerParts.Split(body).Summary);

    [Fact]
    public void Split_OnlyTheFirstStep_HasNoMoreSteps() =>
        Assert.False(AnswerParts.Split("La risposta.\n\n1. Il solo passo.").HasMoreSteps);
}
