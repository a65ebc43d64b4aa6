using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Loading;
using ChatAssistant.Dialogs.Texts;
using ChatAssistant.Dialogs.Validation;

namespace ChatAssistant.Dialogs;

/// <summary>The flows and texts of a dialogs folder, loaded once at start-up and known to be valid.</summary>
public sealed class DialogCatalog
{
    private DialogCatalog(string path, IReadOnlyDictionary<string, Flow> flows, BotTexts texts)
    {
        Path = path;
        Flows = flows;
        Texts = texts;
    }

    public string Path { get; }
    public IReadOnlyDictionary<string, Flow> Flows { get; }
    public BotTexts Texts { get; }

    /// <summary>Loads and validates; throws <see cref="DialogValidationException"/> listing every problem.</summary>
    public static DialogCatalog Load(string path, DialogRequirements requirements)
    {
        var (catalog, problems) = Read(path, requirements);
        return problems.Count == 0 ? catalog : throw new DialogValidationException(problems);
    }

    /// <summary>Loads and validates without throwing: the catalog may be incomplete when there are problems.</summary>
    public static (DialogCatalog Catalog, IReadOnlyList<DialogProblem> Problems) Read(string path, DialogRequirements requirements)
    {
        var problems = new List<DialogProblem>();
        var (flows, texts) = DialogFolderReader.Read(path, problems);
        if (Directory.Exists(path) && flows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new DialogProblem(path, 0, "The dialogs folder has no flows (*.yaml)."));
        }

        problems.AddRange(DialogValidator.Validate(flows, texts, requirements));
        return (new DialogCatalog(path, flows, texts), problems);
    }
}
