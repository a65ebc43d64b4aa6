using System.Globalization;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reads one topic file; every mistake becomes a <see cref="LoadProblem"/>, never an exception.</summary>
internal static class TopicFileReader
{
    public static (KnowledgeEntry? Entry, OverrideMode Mode) Read(string path, string root, List<LoadProblem> problems)
    {
        var relative = Path.GetRelativePath(root, path);
        if (!KnowledgeFile.TryReadText(path, relative, problems, out var text))
        {
            return (null, OverrideMode.Extend);
        }

        var (header, body, error) = FrontMatterDocument.Parse(text);
        if (header is null)
        {
            problems.Add(new LoadProblem(relative, error ?? "no front matter"));
            return (null, OverrideMode.Extend);
        }

        // The file name carries id and language too (cie.it.md): they must agree with the front matter.
        var nameParts = Path.GetFileName(path).Split('.');
        var fileId = nameParts.Length == 3 ? nameParts[0] : null;
        var fileLang = nameParts.Length == 3 ? nameParts[1] : null;
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(header.Id))
        {
            problems.Add(new LoadProblem(relative, "missing 'id' in the front matter"));
        }
        else if (fileId is not null && fileId != header.Id)
        {
            problems.Add(new LoadProblem(relative, $"'id: {header.Id}' does not match the file name ({fileId})"));
        }

        var language = header.Lang ?? fileLang;
        if (language is not ("it" or "en"))
        {
            problems.Add(new LoadProblem(relative, $"'lang' must be 'it' or 'en' (found '{language}')"));
        }
        else if (fileLang is not null && fileLang != language)
        {
            problems.Add(new LoadProblem(relative, $"'lang: {language}' does not match the file name ({fileLang})"));
        }

        if (string.IsNullOrWhiteSpace(header.Title))
        {
            problems.Add(new LoadProblem(relative, "missing 'title' in the front matter"));
        }

        var mode = OverrideMode.Extend;
        if (header.Mode is not null && !Enum.TryParse(header.Mode, ignoreCase: true, out mode))
        {
            problems.Add(new LoadProblem(relative, $"'mode' must be 'extend' or 'replace' (found '{header.Mode}')"));
        }

        var links = new List<KnowledgeLink>();
        foreach (var link in header.Links ?? [])
        {
            if (string.IsNullOrWhiteSpace(link.Url))
            {
                problems.Add(new LoadProblem(relative, $"link '{link.Title}' has no url"));
                continue;
            }

            links.Add(new KnowledgeLink(link.Title ?? link.Url, link.Url));
        }

        var reviewed = ReadDate(header.Reviewed, "reviewed", relative, problems);
        var sources = new List<KnowledgeSource>();
        foreach (var source in header.Sources ?? [])
        {
            var checkedOn = ReadDate(source.Checked, "checked", relative, problems);
            sources.Add(new KnowledgeSource(Blank(source.Url), Blank(source.Document), checkedOn, Blank(source.About)));
        }

        if (problems.Count > before)
        {
            return (null, mode);
        }

        var entry = new KnowledgeEntry(
            header.Id!,
            language!,
            header.Title!,
            Clean(header.Questions),
            Clean(header.Keywords),
            links,
            string.IsNullOrWhiteSpace(header.Flow) ? null : header.Flow,
            body,
            path)
        {
            Reviewed = reviewed,
            Sources = sources,
        };
        return (entry, mode);
    }

    /// <summary>A yyyy-MM-dd date, or null when absent; a date that is there but unreadable is a problem.</summary>
    private static DateOnly? ReadDate(string? text, string field, string relative, List<LoadProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new LoadProblem(relative, $"'{field}: {text}' is not a date like 2026-12-05"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Clean(List<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
}
