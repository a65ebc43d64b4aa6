using System.Globalization;
using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Validation;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Dialogs.Loading;

/// <summary>
/// Turns one flow file into a <see cref="Flow"/>, reporting shape problems (unknown keys and kinds, missing ids,
/// bad numbers) with their line. Cross-references are checked later by <see cref="DialogValidator"/>.
/// </summary>
internal static class FlowFileReader
{
    private static readonly HashSet<string> StepKeys = new(StringComparer.Ordinal)
    {
        "id", "options", "options_from", "into", "free_text", "retry", "min", "max", "cases", "default", "next", "buttons",
    };

    public static Flow? Read(string file, List<DialogProblem> problems)
    {
        if (YamlFile.ReadRoot(file, problems) is not { } root)
        {
            return null;
        }

        var expectedId = Path.GetFileNameWithoutExtension(file);
        if (root is not YamlMappingNode map)
        {
            problems.Add(new DialogProblem(file, YamlFile.LineOf(root), "A flow file must start with 'id:' and 'steps:'."));
            return null;
        }

        var id = YamlFile.Scalar(map, "id");
        if (id != expectedId)
        {
            problems.Add(new DialogProblem(file, YamlFile.LineOf(map), $"The flow id must be '{expectedId}', the file name (found '{id}')."));
        }

        if (YamlFile.Child(map, "steps") is not YamlSequenceNode { Children.Count: > 0 } stepNodes)
        {
            problems.Add(new DialogProblem(file, YamlFile.LineOf(map), "The flow has no 'steps:' list."));
            return null;
        }

        var steps = stepNodes.Children.Select(node => ReadStep(file, node, problems)).OfType<Step>().ToList();
        return new Flow(expectedId, file, steps);
    }

    private static Step? ReadStep(string file, YamlNode node, List<DialogProblem> problems)
    {
        var line = YamlFile.LineOf(node);
        if (node is not YamlMappingNode map)
        {
            problems.Add(new DialogProblem(file, line, "A step must be a mapping such as '- id: hello' with 'message: key'."));
            return null;
        }

        var keys = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
        var kindKeys = keys.Where(StepKinds.ByKey.ContainsKey).ToList();
        var id = YamlFile.Scalar(map, "id");
        var stepName = id is null ? "A step" : $"Step '{id}'";
        foreach (var unknown in keys.Where(k => !StepKeys.Contains(k) && !StepKinds.ByKey.ContainsKey(k)))
        {
            problems.Add(new DialogProblem(file, line, $"{stepName} has an unknown key '{unknown}'."));
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new DialogProblem(file, line, "The step has no 'id:'."));
            return null;
        }

        if (kindKeys.Count != 1)
        {
            var known = string.Join(", ", StepKinds.ByKey.Keys);
            problems.Add(new DialogProblem(file, line, kindKeys.Count == 0
                ? $"Step '{id}' has an unknown step kind: it needs exactly one of {known}."
                : $"Step '{id}' mixes step kinds ({string.Join(", ", kindKeys)}): keep one."));
            return null;
        }

        var kind = StepKinds.ByKey[kindKeys[0]];
        var main = YamlFile.Scalar(map, kindKeys[0]);
        return new Step
        {
            Id = id,
            Kind = kind,
            Line = line,
            TextKey = kind is StepKind.Message or StepKind.Text or StepKind.Choice or StepKind.Confirm or StepKind.Number ? main : null,
            BranchOn = kind == StepKind.Branch ? main : null,
            CallFlow = kind == StepKind.Call ? main : null,
            ActionName = kind == StepKind.Action ? main : null,
            Options = ReadOptions(file, map, id, problems),
            OptionsFrom = YamlFile.Scalar(map, "options_from"),
            Into = YamlFile.Scalar(map, "into"),
            FreeText = YamlFile.Scalar(map, "free_text") is "true" or "yes",
            RetryKey = YamlFile.Scalar(map, "retry"),
            Min = ReadNumber(file, map, "min", id, problems),
            Max = ReadNumber(file, map, "max", id, problems),
            Cases = ReadCases(file, map, id, problems),
            Default = ReadTarget(map, "default"),
            Next = ReadTarget(map, "next"),
            Buttons = YamlFile.Child(map, "buttons") is YamlSequenceNode buttons
                ? buttons.Children.OfType<YamlScalarNode>().Select(b => b.Value ?? "").ToList()
                : [],
        };
    }

    private static List<ChoiceOption> ReadOptions(string file, YamlMappingNode map, string stepId, List<DialogProblem> problems)
    {
        if (YamlFile.Child(map, "options") is not YamlSequenceNode list)
        {
            return [];
        }

        var options = new List<ChoiceOption>();
        foreach (var node in list.Children)
        {
            var value = node is YamlMappingNode option ? YamlFile.Scalar(option, "value") : null;
            var label = node is YamlMappingNode option2 ? YamlFile.Scalar(option2, "label") : null;
            if (string.IsNullOrWhiteSpace(value) || string.IsNullOrWhiteSpace(label))
            {
                problems.Add(new DialogProblem(file, YamlFile.LineOf(node), $"An option of step '{stepId}' needs both 'value:' and 'label:'."));
                continue;
            }

            options.Add(new ChoiceOption(value, label, YamlFile.LineOf(node)));
        }

        return options;
    }

    private static Dictionary<string, FlowTarget> ReadCases(string file, YamlMappingNode map, string stepId, List<DialogProblem> problems)
    {
        var cases = new Dictionary<string, FlowTarget>(StringComparer.Ordinal);
        if (YamlFile.Child(map, "cases") is not { } node)
        {
            return cases;
        }

        if (node is not YamlMappingNode caseMap)
        {
            problems.Add(new DialogProblem(file, YamlFile.LineOf(node), $"The cases of step '{stepId}' must be a mapping 'value: target'."));
            return cases;
        }

        foreach (var (key, value) in caseMap.Children)
        {
            if (key is YamlScalarNode { Value: { } when } && value is YamlScalarNode { Value: { } target })
            {
                cases[when] = FlowTarget.Parse(target, YamlFile.LineOf(value));
            }
        }

        return cases;
    }

    private static FlowTarget? ReadTarget(YamlMappingNode map, string key) =>
        YamlFile.Child(map, key) is YamlScalarNode { Value: { } text } node ? FlowTarget.Parse(text, YamlFile.LineOf(node)) : null;

    private static long? ReadNumber(string file, YamlMappingNode map, string key, string stepId, List<DialogProblem> problems)
    {
        if (YamlFile.Scalar(map, key) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add(new DialogProblem(file, YamlFile.LineOf(YamlFile.Child(map, key)!), $"'{key}' of step '{stepId}' must be a whole number (found '{text}')."));
        return null;
    }
}
