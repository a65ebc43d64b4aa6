using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>Every entry says where its facts come from and when it was last checked; a check over a year old is a warning.</summary>
internal static class ReviewRules
{
    public static void Check(KnowledgeEntry entry, string file, DateOnly today, List<LoadProblem> problems)
    {
        if (entry.Sources.Count == 0)
        {
            problems.Add(new LoadProblem(file, "no 'sources:': list the official page (url) or document each fact comes from, with the date checked"));
        }

        foreach (var source in entry.Sources.Where(s => s.Url is null && s.Document is null))
        {
            problems.Add(new LoadProblem(file, $"a source has neither 'url' nor 'document'{(source.About is null ? "" : $" ({source.About})")}"));
        }

        foreach (var source in entry.Sources.Where(s => s.Checked is null))
        {
            problems.Add(new LoadProblem(file, $"source {source.Url ?? source.Document} has no 'checked:' date"));
        }

        if (entry.Reviewed is not { } reviewed)
        {
            problems.Add(new LoadProblem(file, "no 'reviewed:' date (the day someone checked the whole entry against its sources)"));
        }
        else if (reviewed > today)
        {
            problems.Add(new LoadProblem(file, $"'reviewed: {reviewed:yyyy-MM-dd}' is in the future"));
        }
        else if (reviewed.AddYears(KnowledgeLinter.ReviewEveryYears) < today)
        {
            problems.Add(new LoadProblem(file,
                $"last reviewed on {reviewed:yyyy-MM-dd}, over {KnowledgeLinter.ReviewEveryYears} year ago: check it against its sources again",
                IsWarning: true));
        }
    }
}
