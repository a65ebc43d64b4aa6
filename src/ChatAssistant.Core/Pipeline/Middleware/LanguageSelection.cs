using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Core.Pipeline.Middleware;

/// <summary>
/// Picks the language of the answer: the citizen's explicit choice wins; otherwise the language of what they
/// wrote, then the client's locale, then Italian.
/// </summary>
public sealed class LanguageSelection(ILanguageDetector detector) : ITurnMiddleware
{
    public Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!state.LanguageChosen)
        {
            var detected = string.IsNullOrWhiteSpace(context.Activity.Text) ? null : detector.Detect(context.Activity.Text);
            state.Language = detected ?? state.Language ?? Languages.FromLocale(context.Activity.Locale) ?? Languages.Default;
        }

        return next();
    }
}
