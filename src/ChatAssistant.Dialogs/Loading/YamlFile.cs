using ChatAssistant.Dialogs.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Dialogs.Loading;

/// <summary>Reads a YAML file into nodes that know their line, reporting a syntax error as a problem.</summary>
internal static class YamlFile
{
    public static YamlNode? ReadRoot(string file, List<DialogProblem> problems)
    {
        try
        {
            using var reader = new StreamReader(file);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                problems.Add(new DialogProblem(file, 1, "The file is empty."));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            problems.Add(new DialogProblem(file, (int)ex.Start.Line, $"This is not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return null;
        }
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
