namespace ChatAssistant.Dialogs.Validation;

/// <summary>The flows or texts are broken; the message lists every problem with file and line.</summary>
public sealed class DialogValidationException : Exception
{
    public DialogValidationException(IReadOnlyList<DialogProblem> problems)
        : base($"The dialogs have {problems.Count} problem(s):\n" + string.Join('\n', problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<DialogProblem> Problems { get; }
}
