using ChatAssistant.Core.Privacy;

namespace ChatAssistant.Core.Pipeline.Middleware;

/// <summary>Masks secrets in the citizen's text before anything is stored or shown, and warns the citizen once per turn.</summary>
public sealed class SecretRedaction(IBotTexts texts) : ITurnMiddleware
{
    public Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var redaction = SecretRedactor.Redact(context.Activity.Text);
        if (redaction.HasSecrets)
        {
            context.Activity.Text = redaction.Text;
            context.Items[nameof(SecretRedaction)] = redaction.Found;
            context.SendText(texts.Get("privacy.secret_warning", context.Language));
        }

        return next();
    }
}
