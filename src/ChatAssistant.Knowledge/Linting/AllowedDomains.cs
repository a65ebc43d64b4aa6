using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// The official and municipal domains links and sources may point to (knowledge-base/allowed-domains.txt): one domain a
/// line, <c>#</c> comments; a domain also allows its subdomains. Adding a domain is a deliberate, reviewed edit.
/// </summary>
public sealed class AllowedDomains
{
    public const string FileName = "allowed-domains.txt";

    private readonly HashSet<string> _domains;

    public AllowedDomains(IEnumerable<string> domains) =>
        _domains = domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);

    public int Count => _domains.Count;

    /// <summary>The list in <paramref name="root"/>, or null (reported as a problem) when the file is missing.</summary>
    public static AllowedDomains? Read(string root, List<LoadProblem> problems)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            problems.Add(new LoadProblem(FileName, "missing: list the official and municipal domains that links may use, one a line"));
            return null;
        }

        return new AllowedDomains(File.ReadAllLines(path).Select(line => line.Split('#', 2)[0]));
    }

    /// <summary>True for a listed domain or any of its subdomains (www.inps.it matches inps.it).</summary>
    public bool Allows(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        for (var candidate = host; candidate.Length > 0;)
        {
            if (_domains.Contains(candidate))
            {
                return true;
            }

            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            candidate = dot < 0 ? "" : candidate[(dot + 1)..];
        }

        return false;
    }
}
