using ChatAssistant.Core.Tenants;
using ChatAssistant.Knowledge.Tenants;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reads a knowledge-base folder into a <see cref="KnowledgeBase"/>, collecting problems instead of throwing.</summary>
public static class KnowledgeBaseLoader
{
    public static KnowledgeBase Load(string root)
    {
        root = Path.GetFullPath(root);
        var problems = new List<LoadProblem>();
        if (!Directory.Exists(root))
        {
            problems.Add(new LoadProblem(root, "the knowledge-base folder does not exist"));
        }

        var entries = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var path in Files(root, "topics", "*.md"))
        {
            var (entry, _) = TopicFileReader.Read(path, root, problems);
            if (entry is not null && !entries.TryAdd(KnowledgeBase.Key(entry.Id, entry.Language), entry))
            {
                problems.Add(new LoadProblem(Path.GetRelativePath(root, path), $"duplicate entry {entry.Id} ({entry.Language})"));
            }
        }

        var intents = new List<IntentExamples>();
        foreach (var path in Files(root, "intents", "*.yaml").Concat(Files(root, "intents", "*.yml")))
        {
            var intent = IntentFileReader.Read(path, root, problems);
            if (intent is not null)
            {
                intents.Add(intent);
            }
        }

        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in new[] { "it", "en" })
        {
            var path = Path.Combine(root, $"synonyms.{language}.txt");
            synonyms[language] = File.Exists(path) ? File.ReadAllText(path) : "";
        }

        var (tenants, overrides) = LoadTenants(root, problems);
        return new KnowledgeBase
        {
            RootPath = root,
            Entries = entries,
            Intents = intents,
            Synonyms = synonyms,
            Tenants = tenants,
            Overrides = overrides,
            Problems = problems,
        };
    }

    private static (List<Tenant>, List<TopicOverride>) LoadTenants(string root, List<LoadProblem> problems)
    {
        var tenants = new List<Tenant>();
        var overrides = new List<TopicOverride>();
        var comuni = Path.Combine(root, "comuni");
        if (!Directory.Exists(comuni))
        {
            return (tenants, overrides);
        }

        foreach (var folder in Directory.GetDirectories(comuni).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "comune.yaml");
            if (!File.Exists(file))
            {
                problems.Add(new LoadProblem(Path.GetRelativePath(root, folder), "missing comune.yaml"));
                continue;
            }

            var tenant = TenantFileReader.Read(file, root, problems);
            if (tenant is null)
            {
                continue;
            }

            tenants.Add(tenant);
            foreach (var path in Files(folder, "topics", "*.md"))
            {
                var (entry, mode) = TopicFileReader.Read(path, root, problems);
                if (entry is not null)
                {
                    overrides.Add(new TopicOverride(tenant.Id, mode, entry));
                }
            }
        }

        return (tenants, overrides);
    }

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path) ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }
}
