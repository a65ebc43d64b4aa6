namespace ChatAssistant.Core.Pipeline;

/// <summary>One job in the turn pipeline. Call <paramref name="next"/> to go on, or return to stop the turn here.</summary>
public interface ITurnMiddleware
{
    Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken);
}

/// <summary>The end of the pipeline: the bot.</summary>
public interface ITurnHandler
{
    Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken);
}
