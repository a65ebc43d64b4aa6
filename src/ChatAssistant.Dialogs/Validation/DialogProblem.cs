namespace ChatAssistant.Dialogs.Validation;

/// <summary>One thing wrong in the dialogs folder, with where it is and a plain reason.</summary>
public sealed record DialogProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
