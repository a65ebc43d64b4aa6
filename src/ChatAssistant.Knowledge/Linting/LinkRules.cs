using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>Links and sources: absolute https URLs on a domain of the allowlist, so a citizen only lands on official pages.</summary>
internal static class LinkRules
{
    public static void Check(KnowledgeEntry entry, string file, AllowedDomains? allowed, List<LoadProblem> problems)
    {
        foreach (var link in entry.Links)
        {
            CheckUrl(file, $"link '{link.Title}'", link.Url, allowed, problems);
        }

        foreach (var source in entry.Sources.Where(s => s.Url is not null))
        {
            CheckUrl(file, "source", source.Url!, allowed, problems);
        }
    }

    private static void CheckUrl(string file, string what, string url, AllowedDomains? allowed, List<LoadProblem> problems)
    {
        if (!KnowledgeLinter.IsGoodUrl(url))
        {
            problems.Add(new LoadProblem(file, $"{what} is not an absolute https URL: {url}"));
        }
        else if (allowed is not null && !allowed.Allows(new Uri(url).Host))
        {
            problems.Add(new LoadProblem(file,
                $"{what} points to {new Uri(url).Host}, which is not in {AllowedDomains.FileName}: use an official page, or add the domain there on purpose"));
        }
    }
}
