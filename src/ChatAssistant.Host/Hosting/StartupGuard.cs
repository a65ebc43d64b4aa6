namespace ChatAssistant.Host.Hosting;

internal static class StartupGuard
{
    /// <summary>
    /// Runs the host; when it cannot start (data file in use or damaged, an invalid flow, a bad setting)
    /// prints the plain reason instead of a stack trace and exits with 1, so an operator sees what to fix.
    /// </summary>
    public static async Task<int> RunGuardedAsync(this WebApplication app)
    {
        // Taken before running: a host that failed to start is disposed, and its services with it.
        var started = app.Lifetime.ApplicationStarted;
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (!started.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"ChatAssistant cannot start: {Innermost(ex).Message}");
            return 1;
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex is AggregateException or System.Reflection.TargetInvocationException && ex.InnerException is not null)
        {
            ex = ex.InnerException!;
        }

        return ex;
    }
}
