namespace ChatAssistant.Dialogs.Flows;

/// <summary>One flow, loaded from dialogs/&lt;id&gt;.yaml.</summary>
public sealed class Flow
{
    private readonly Dictionary<string, int> _indexById;

    public Flow(string id, string file, IReadOnlyList<Step> steps)
    {
        Id = id;
        File = file;
        Steps = steps;
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            _indexById.TryAdd(steps[i].Id, i);
        }
    }

    public string Id { get; }
    public string File { get; }
    public IReadOnlyList<Step> Steps { get; }

    public Step? Find(string stepId) => _indexById.TryGetValue(stepId, out var index) ? Steps[index] : null;

    /// <summary>The step written after <paramref name="step"/>, or null at the end.</summary>
    public Step? After(Step step) =>
        _indexById.TryGetValue(step.Id, out var index) && index + 1 < Steps.Count ? Steps[index + 1] : null;
}
