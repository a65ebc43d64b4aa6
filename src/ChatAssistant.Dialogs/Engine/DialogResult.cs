namespace ChatAssistant.Dialogs.Engine;

/// <summary>What one engine call produced: messages to send (in order), then at most one action to run.</summary>
public sealed class DialogResult
{
    private readonly List<DialogMessage> _messages = [];

    public IReadOnlyList<DialogMessage> Messages => _messages;

    /// <summary>An action the caller must run and report back with <see cref="DialogEngine.AfterAction"/>.</summary>
    public ActionRequest? Action { get; internal set; }

    /// <summary>The citizen wrote something a free-text prompt did not match: the caller should try the recognizer.</summary>
    public string? FreeText { get; internal set; }

    internal void Say(string text, IReadOnlyList<string> buttons) => _messages.Add(new DialogMessage(text, buttons));
}

/// <param name="Buttons">Button labels; pressing one sends its label back as text.</param>
public sealed record DialogMessage(string Text, IReadOnlyList<string> Buttons);

/// <param name="Name">The registered action name, e.g. <c>kb.answer</c>.</param>
/// <param name="Values">The running flow's values (live: the action may change them), or scratch values.</param>
/// <param name="FromStep">True when an action step asked for it; false for the engine's own requests (escalation).</param>
public sealed record ActionRequest(string Name, IDictionary<string, string> Values, bool FromStep);
