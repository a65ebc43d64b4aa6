using ChatAssistant.Dialogs.Tests.Support;
using ChatAssistant.Dialogs.Validation;

namespace ChatAssistant.Dialogs.Tests.Validation;

public class DialogValidatorTests
{
    private static readonly DialogRequirements Requirements = new(["kb.answer"], [], []);

    private static IReadOnlyList<DialogProblem> Validate(string yaml, string[]? italian = null, string[]? english = null)
    {
        using var folder = new DialogFolder();
        folder.Flow("prova", yaml);
        string[] keys = ["hello", "ask", "opt"];
        folder.Texts(italian ?? keys, english ?? keys);
        return DialogValidator.Validate(folder.Path, Requirements);
    }

    private static DialogProblem Single(IReadOnlyList<DialogProblem> problems, string contains)
    {
        var problem = Assert.Single(problems);
        Assert.Contains(contains, problem.Reason);
        return problem;
    }

    [Fact]
    public void Validate_ValidFlow_HasNoProblems()
    {
        var problems = Validate("""
            id: prova
            steps:
              - id: a
                message: hello
              - id: b
                action: kb.answer
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_UnknownStepKind_ReportsFileAndLine()
    {
        var problem = Validate("""
            id: prova
            steps:
              - id: a
                message: hello
              - id: b
                mesage: hello
            """).First(p => p.Reason.Contains("unknown step kind"));

        Assert.EndsWith("prova.yaml", problem.File);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Validate_UnknownAction_NamesItAndTheKnownOnes()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                action: kb.anwser
            """), "kb.anwser");

        Assert.Contains("kb.answer", problem.Reason);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Validate_TextMissingInEnglish_ReportsTheStepLine()
    {
        var problems = Validate("""
            id: prova
            steps:
              - id: a
                message: hello
              - id: b
                message: ask
            """, italian: ["hello", "ask"], english: ["hello"]);

        var inFlow = Assert.Single(problems, p => p.File.EndsWith("prova.yaml"));
        var inTexts = Assert.Single(problems, p => p.File.EndsWith("it.yaml"));
        Assert.Contains("'ask'", inFlow.Reason);
        Assert.Contains("en.yaml", inFlow.Reason);
        Assert.Equal(5, inFlow.Line);
        Assert.Contains("no translation in en.yaml", inTexts.Reason);
    }

    [Fact]
    public void Validate_DuplicateStepId_ReportsTheSecond()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                message: hello
              - id: a
                message: ask
            """), "used twice");

        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Validate_NextToMissingStep_ReportsTheTargetLine()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                message: hello
                next: nowhere
            """), "nowhere");

        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Validate_BranchCaseToMissingStep_IsReported()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                branch: x
                cases:
                  uno: manca
            """), "manca");

        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void Validate_CallToMissingFlow_IsReported()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                flow: inesistente
            """), "inesistente");

        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Validate_UnreachableStep_IsReported()
    {
        var problem = Single(Validate("""
            id: prova
            steps:
              - id: a
                message: hello
                next: end
              - id: orfano
                message: ask
            """), "never be reached");

        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void Validate_BrokenYaml_ReportsTheLine()
    {
        var problem = Validate("""
            id: prova
            steps:
              - id: a
                message: [hello
            """)[0];

        Assert.Contains("not valid YAML", problem.Reason);
        Assert.True(problem.Line >= 4);
    }

    [Fact]
    public void Load_BrokenFolder_ThrowsListingEveryProblemWithFileAndLine()
    {
        using var folder = new DialogFolder();
        folder.Flow("prova", """
            id: prova
            steps:
              - id: a
                flow: manca
              - id: a
                action: boh
            """).Texts("hello");

        var error = Assert.Throws<DialogValidationException>(() => DialogCatalog.Load(folder.Path, Requirements));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("prova.yaml:3:", error.Message);
        Assert.Contains("prova.yaml:5:", error.Message);
    }

    [Fact]
    public void Validate_FlowOrTextTheCodeNeeds_IsReportedWhenMissing()
    {
        using var folder = new DialogFolder();
        folder.Flow("prova", "id: prova\nsteps:\n  - id: a\n    message: hello\n").Texts("hello");

        var problems = DialogValidator.Validate(folder.Path, new DialogRequirements([], ["benvenuto"], ["flood.notice"]));

        Assert.Contains(problems, p => p.Reason.Contains("benvenuto"));
        Assert.Contains(problems, p => p.Reason.Contains("flood.notice") && p.File.EndsWith("it.yaml"));
    }
}
