using System.Globalization;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// Checks the content the way an editor would want to hear about it: every catalogue topic in Italian and English,
/// valid front matter, absolute https links, Italian bodies readable (Gulpease ≥ 60), flows that exist.
/// </summary>
public static class KnowledgeLinter
{
    public const double MinimumGulpease = 60;

    private static readonly string[] Languages = ["it", "en"];

    public static List<LoadProblem> Lint(KnowledgeBase content, Catalogue? catalogue)
    {
        var problems = content.Problems.ToList();
        if (catalogue is not null)
        {
            foreach (var id in catalogue.Topics)
            {
                foreach (var language in new[] { "it", "en" })
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

        var entries = content.Entries.Values.Concat(content.Overrides.Select(o => o.Entry));
        foreach (var entry in entries.OrderBy(e => e.SourcePath, StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(content.RootPath, entry.SourcePath);
            foreach (var link in entry.Links.Where(l => !IsGoodUrl(l.Url)))
            {
                problems.Add(new LoadProblem(file, $"link '{link.Title}' is not an absolute https URL: {link.Url}"));
            }

            if (entry.Language == "it" && entry.Body.Length > 0)
            {
                var score = Gulpease.Score(entry.Body);
                if (score < MinimumGulpease)
                {
                    problems.Add(new LoadProblem(file, string.Create(CultureInfo.InvariantCulture,
                        $"Gulpease {score:0.0} is below {MinimumGulpease}: use shorter sentences and shorter words")));
                }
            }

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
}
