using System.Globalization;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// Checks the content the way a maintainer would want to hear about it: every catalogue topic in Italian and English,
/// valid front matter, https links and sources on allowed official domains, sources and a review date on every entry
/// (a warning when the review is over a year old), no municipality named in shared text, a short first message that
/// answers, readable Italian (Gulpease ≥ 60), flows that exist. Warnings are reported but do not fail.
/// </summary>
public static class KnowledgeLinter
{
    public const double MinimumGulpease = 60;

    private static readonly string[] Languages = ["it", "en"];

    /// <summary>About what a phone shows without scrolling.</summary>
    public const int MaxFirstMessageCharacters = 350;

    /// <summary>An entry not reviewed for longer than this gets a warning.</summary>
    public const int ReviewEveryYears = 1;

    public static List<LoadProblem> Lint(KnowledgeBase content, Catalogue? catalogue, TimeProvider time)
    {
        var problems = content.Problems.ToList();
        if (catalogue is not null)
        {
            CheckCatalogue(content, catalogue, problems);
        }

        var allowed = AllowedDomains.Read(content.RootPath, problems);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var names = SharedTextRules.Names(content.Tenants);
        var common = content.Entries.Values.Select(e => (Entry: e, Shared: true, Opens: true));
        var own = content.Overrides.Select(o => (o.Entry, Shared: false, Opens: o.Mode == OverrideMode.Replace));
        foreach (var (entry, shared, opens) in common.Concat(own).OrderBy(e => e.Entry.SourcePath, StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(content.RootPath, entry.SourcePath);
            LinkRules.Check(entry, file, allowed, problems);
            ReviewRules.Check(entry, file, today, problems);
            if (shared)
            {
                SharedTextRules.Check(entry, file, names, problems);
            }

            // An "extend" file is appended to the common answer, so its first paragraph is never the first message.
            if (opens && entry.Body.Length > 0)
            {
                FirstMessageRules.Check(entry, file, problems);
            }

            CheckReadability(entry, file, problems);
            if (entry.Flow is not null && catalogue is not null && !catalogue.Intents.Contains(entry.Flow))
            {
                problems.Add(new LoadProblem(file, $"flow '{entry.Flow}' is not an intent of the catalogue"));
            }
        }

        return problems;
    }

    public static bool IsGoodUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && !url.Any(char.IsWhiteSpace);

    private static void CheckCatalogue(KnowledgeBase content, Catalogue catalogue, List<LoadProblem> problems)
    {
        foreach (var id in catalogue.Topics)
        {
            foreach (var language in Languages)
            {
                if (content.Find(id, language) is null)
                {
                    problems.Add(new LoadProblem($"topics/{id}.{language}.md", $"missing: the catalogue lists topic '{id}'"));
                }
            }
        }

        foreach (var id in catalogue.Intents.Where(id => content.Intents.All(i => i.Id != id)))
        {
            problems.Add(new LoadProblem("intents/", $"no examples for intent '{id}': the recognizer can never return it"));
        }

        foreach (var intent in content.Intents.Where(i => catalogue.Intents.Contains(i.Id)))
        {
            foreach (var language in Languages.Where(l => !intent.Titles.ContainsKey(l)))
            {
                problems.Add(new LoadProblem(Path.GetRelativePath(content.RootPath, intent.SourcePath),
                    $"no title in '{language}' (title: {{ it: ..., en: ... }}): a \"did you mean\" button would show the id"));
            }
        }
    }

    private static void CheckReadability(KnowledgeEntry entry, string file, List<LoadProblem> problems)
    {
        if (entry.Language != "it" || entry.Body.Length == 0)
        {
            return;
        }

        var score = Gulpease.Score(entry.Body);
        if (score < MinimumGulpease)
        {
            problems.Add(new LoadProblem(file, string.Create(CultureInfo.InvariantCulture,
                $"Gulpease {score:0.0} is below {MinimumGulpease}: use shorter sentences and shorter words")));
        }
    }
}
