using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
internal static class FrontMatterDocument
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static (FrontMatter? Header, string Body, string? Error) Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return (null, "", "the file must start with a '---' line (front matter)");
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            return (null, "", "the front matter has no closing '---' line");
        }

        try
        {
            var header = Yaml.Deserialize<FrontMatter>(string.Join('\n', lines[1..end])) ?? new FrontMatter();
            return (header, string.Join('\n', lines[(end + 1)..]).Trim(), null);
        }
        catch (YamlException ex)
        {
            // Line numbers are relative to the front matter, which starts on line 2 of the file.
            return (null, "", $"invalid front matter at line {ex.Start.Line + 1}: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    public static T? ParseYaml<T>(string text, out string? error)
        where T : class
    {
        try
        {
            error = null;
            return Yaml.Deserialize<T>(text);
        }
        catch (YamlException ex)
        {
            error = $"invalid YAML at line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}";
            return null;
        }
    }
}

/// <summary>The front matter fields of a topic file (YAML names in camelCase).</summary>
internal sealed class FrontMatter
{
    public string? Id { get; set; }
    public string? Lang { get; set; }
    public string? Title { get; set; }
    public List<string>? Questions { get; set; }
    public List<string>? Keywords { get; set; }
    public List<LinkYaml>? Links { get; set; }
    public string? Flow { get; set; }
    public string? Mode { get; set; }
    public string? Reviewed { get; set; }
    public List<SourceYaml>? Sources { get; set; }
}

internal sealed class SourceYaml
{
    public string? Url { get; set; }
    public string? Document { get; set; }
    public string? Checked { get; set; }
    public string? About { get; set; }
}

internal sealed class LinkYaml
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
