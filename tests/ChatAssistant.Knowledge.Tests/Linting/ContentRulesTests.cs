using ChatAssistant.Knowledge.Linting;
using ChatAssistant.Knowledge.Loading;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Knowledge.Tests.Linting;

/// <summary>
/// Issue 20: what `kb lint` checks for a maintainer. Each test breaks one thing in a copy of a clean fixture
/// (Fixtures/lint-kb) and expects that one problem.
/// </summary>
public sealed class ContentRulesTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly string CieIt = Path.Combine("topics", "cie.it.md");

    [Fact]
    public void Lint_CleanFixture_HasNoProblemAtAll() => Assert.Empty(Lint(TestKnowledge.LintFixturePath));

    [Fact]
    public void Lint_LinkToADomainNotOnTheAllowlist_Fails()
    {
        var root = Edit(CieIt, "https://www.cartaidentita.interno.gov.it/\nflow", "https://www.carta-identita-online.com/\nflow");

        var problem = Assert.Single(Lint(root));
        Assert.Equal(CieIt, problem.File);
        Assert.Contains("www.carta-identita-online.com", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(AllowedDomains.FileName, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SourceOverPlainHttp_Fails()
    {
        var root = Edit(CieIt, "url: https://eur-lex.europa.eu/", "url: http://eur-lex.europa.eu/");

        Assert.Contains("not an absolute https URL", Assert.Single(Lint(root)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_NoAllowlistFile_Fails()
    {
        var root = TestKnowledge.CopyOf(TestKnowledge.LintFixturePath);
        File.Delete(Path.Combine(root, AllowedDomains.FileName));

        Assert.Equal(AllowedDomains.FileName, Assert.Single(Lint(root)).File);
    }

    [Fact]
    public void Lint_EntryWithoutSources_Fails()
    {
        var root = Edit(CieIt, """
            sources:
              - url: https://www.cartaidentita.interno.gov.it/
                checked: 2026-12-05
                about: appuntamento e costo
              - url: https://eur-lex.europa.eu/eli/reg/2019/1157/oj
                checked: 2026-12-05

            """.Replace("\r\n", "\n", StringComparison.Ordinal), "");

        var problem = Assert.Single(Lint(root));
        Assert.Equal(CieIt, problem.File);
        Assert.StartsWith("no 'sources:'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_EntryWithoutReviewDate_Fails()
    {
        var root = Edit(CieIt, "reviewed: 2026-12-05\n", "");

        Assert.StartsWith("no 'reviewed:'", Assert.Single(Lint(root)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReviewOverAYearOld_IsAWarningThatDoesNotFail()
    {
        var root = Edit(CieIt, "reviewed: 2026-12-05", "reviewed: 2025-11-30");

        var problem = Assert.Single(Lint(root));
        Assert.True(problem.IsWarning);
        Assert.Contains("over 1 year ago", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReviewAgeIsMeasuredOnTheInjectedClock()
    {
        var aYearLater = new FakeTimeProvider(Today.AddYears(1).AddDays(1));

        var problems = KnowledgeLinter.Lint(KnowledgeBaseLoader.Load(TestKnowledge.LintFixturePath), null, aYearLater);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.True(p.IsWarning));
    }

    [Fact]
    public void Lint_UnreadableReviewDate_IsReportedWithTheFile()
    {
        var root = Edit(CieIt, "reviewed: 2026-12-05", "reviewed: dicembre 2026");

        Assert.Contains(Lint(root), p => p.File == CieIt && p.Reason.Contains("not a date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La carta si chiede all'anagrafe del Comune di Milano.")]
    [InlineData("La carta si chiede all'anagrafe di milano.")]
    public void Lint_SharedTextNamingAMunicipality_Fails(string opening)
    {
        var root = Edit(CieIt, "La carta si chiede all'anagrafe del tuo Comune.", opening);

        var problem = Assert.Single(Lint(root));
        Assert.Equal(CieIt, problem.File);
        Assert.Contains("'Milano'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SharedTextUsingAnotherNameOfTheTown_Fails()
    {
        var root = Edit(Path.Combine("topics", "cie.en.md"), "registry office of your municipality", "registry office in Milan");

        Assert.Contains("'Milan'", Assert.Single(Lint(root)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MunicipalityNamedInItsOwnFolder_IsFine() =>
        Assert.Contains("Comune di Milano", File.ReadAllText(Path.Combine(TestKnowledge.LintFixturePath, "comuni", "milano", "topics", "cie.it.md")), StringComparison.Ordinal);

    [Fact]
    public void Lint_FirstMessageLongerThanAPhoneScreen_Fails()
    {
        var longer = string.Concat(Enumerable.Repeat(" Porta la vecchia carta e una foto.", 9));
        var root = Edit(CieIt, "Serve un appuntamento.\n", "Serve un appuntamento." + longer + "\n");

        var problem = Assert.Single(Lint(root));
        Assert.Contains($"more than {KnowledgeLinter.MaxFirstMessageCharacters}", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BodyOpeningWithAListInsteadOfAnAnswer_Fails()
    {
        var root = Edit(CieIt, "La carta si chiede all'anagrafe del tuo Comune. Serve un appuntamento.\n\n", "");

        Assert.Contains("must open with a paragraph that answers", Assert.Single(Lint(root)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("www.cartaidentita.interno.gov.it", true)]
    [InlineData("interno.gov.it", true)]
    [InlineData("eur-lex.europa.eu", true)]
    [InlineData("europa.eu", false)]
    [InlineData("interno.gov.it.example.com", false)]
    [InlineData("fakeinterno.gov.it", false)]
    public void AllowedDomains_Host_AllowsListedDomainsAndTheirSubdomainsOnly(string host, bool allowed)
    {
        var problems = new List<LoadProblem>();

        Assert.Equal(allowed, AllowedDomains.Read(TestKnowledge.LintFixturePath, problems)!.Allows(host));
        Assert.Empty(problems);
    }

    private static List<LoadProblem> Lint(string root) =>
        KnowledgeLinter.Lint(KnowledgeBaseLoader.Load(root), null, new FakeTimeProvider(Today));

    private static string Edit(string file, string from, string to)
    {
        var root = TestKnowledge.CopyOf(TestKnowledge.LintFixturePath);
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return root;
    }
}
