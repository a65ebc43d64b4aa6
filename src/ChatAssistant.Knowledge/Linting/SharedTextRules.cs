using System.Text.RegularExpressions;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// Text shared by every municipality (topics/) must not name one of them: a citizen of another town would get the
/// wrong instructions. Municipal text belongs in comuni/&lt;tenant&gt;/topics/.
/// </summary>
internal static class SharedTextRules
{
    private const string Prefix = "Comune di ";

    public static IReadOnlyList<(string Name, Regex Pattern)> Names(IEnumerable<Tenant> tenants) =>
        tenants.SelectMany(t => new[] { t.Name.StartsWith(Prefix, StringComparison.Ordinal) ? t.Name[Prefix.Length..] : t.Name, t.Id }.Concat(t.Aliases))
            .Where(n => n.Length > 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (n, new Regex($@"\b{Regex.Escape(n)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
            .ToList();

    public static void Check(KnowledgeEntry entry, string file, IReadOnlyList<(string Name, Regex Pattern)> names, List<LoadProblem> problems)
    {
        var shown = string.Join('\n', [entry.Title, entry.Body, .. entry.Links.Select(l => l.Title)]);
        foreach (var (name, pattern) in names.Where(n => n.Pattern.IsMatch(shown)))
        {
            problems.Add(new LoadProblem(file,
                $"names the municipality '{name}' in text shared by every municipality: move that part to comuni/<tenant>/topics/"));
        }
    }
}
