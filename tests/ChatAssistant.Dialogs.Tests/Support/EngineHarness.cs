using ChatAssistant.Core.Conversations;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Dialogs.Validation;

namespace ChatAssistant.Dialogs.Tests.Support;

/// <summary>An engine over flows written as YAML, with one conversation's state.</summary>
internal sealed class EngineHarness : IDisposable
{
    private readonly DialogFolder _folder = new();

    public EngineHarness(params (string Id, string Yaml)[] flows)
        : this(new FakeTexts(), flows)
    {
    }

    public EngineHarness(FakeTexts texts, params (string Id, string Yaml)[] flows)
    {
        foreach (var (id, yaml) in flows)
        {
            _folder.Flow(id, yaml);
        }

        _folder.Texts();
        var (catalog, _) = DialogCatalog.Read(_folder.Path, DialogRequirements.None);
        Assert.Equal(flows.Length, catalog.Flows.Count);
        Engine = new DialogEngine(catalog);
        Env = new DialogEnvironment(texts, "it", new Dictionary<string, string> { ["tenant"] = "Comune di Prova" });
    }

    public DialogEngine Engine { get; private set; }
    public DialogEnvironment Env { get; set; }
    public DialogState State { get; set; } = new();

    public DialogResult Begin(string flow, IReadOnlyDictionary<string, string>? values = null) => Engine.Begin(State, flow, Env, values);

    public DialogResult Answer(string text) => Engine.Answer(State, text, Env);

    public DialogResult After(DialogResult result, ActionOutcome outcome) => Engine.AfterAction(State, result.Action!, outcome, Env);

    /// <summary>A new engine over the same files, as after a restart of the host.</summary>
    public void Restart()
    {
        var (catalog, _) = DialogCatalog.Read(_folder.Path, DialogRequirements.None);
        Engine = new DialogEngine(catalog);
    }

    public static IReadOnlyList<string> Texts(DialogResult result) => result.Messages.Select(m => m.Text).ToList();

    public void Dispose() => _folder.Dispose();
}
