using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>The ids the assistant must understand (shared/kb/topics.yaml): topics and intents.</summary>
public sealed record Catalogue(IReadOnlyList<string> Topics, IReadOnlyList<string> Intents)
{
    public static Catalogue Read(string path)
    {
        var yaml = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<CatalogueYaml>(File.ReadAllText(path)) ?? new CatalogueYaml();
        return new Catalogue(
            (yaml.Topics ?? []).Select(t => t.Id).OfType<string>().ToList(),
            (yaml.Intents ?? []).Select(t => t.Id).OfType<string>().ToList());
    }

    /// <summary>The path as given if it exists, else the same relative path looked up from the current folder's parents.</summary>
    public static string? Locate(string configured)
    {
        if (File.Exists(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (Path.IsPathRooted(configured))
        {
            return null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, configured));
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private sealed class CatalogueYaml
    {
        public List<ItemYaml>? Topics { get; set; }
        public List<ItemYaml>? Intents { get; set; }
    }

    private sealed class ItemYaml
    {
        public string? Id { get; set; }
    }
}
