using ChatAssistant.Core.Storage;
using System.Net.Sockets;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Database;

/// <summary>Runs the stores' calls and turns the failures that pass into <see cref="StoreUnavailableException"/>.</summary>
internal static class DatabaseCalls
{
    /// <summary>Server shutting down or starting (57P0x), a serialization failure or deadlock (40001, 40P01): trying again works.</summary>
    private static readonly HashSet<string> PassingStates = new(StringComparer.Ordinal) { "57P01", "57P02", "57P03", "40001", "40P01" };

    public static async Task<T> RunAsync<T>(NpgsqlDataSource dataSource, Func<NpgsqlConnection, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return await call(connection);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw new StoreUnavailableException(
                "PostgreSQL is unavailable (" + e.Message + "). Nothing of this call was stored; try again in a moment.", e);
        }
    }

    public static Task RunAsync(NpgsqlDataSource dataSource, Func<NpgsqlConnection, Task> call, CancellationToken cancellationToken) =>
        RunAsync(dataSource, async connection =>
        {
            await call(connection);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Network and server-side failures that pass. A cancellation the caller asked for stays a cancellation; a bug (bad SQL,
    /// a constraint) stays what it is.
    /// </summary>
    internal static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => false,
        // 42P01: a table is missing because the schema is still being created at first start (it migrates in the background).
        PostgresException p => PassingStates.Contains(p.SqlState) || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
            || p.SqlState == PostgresErrorCodes.UndefinedTable,
        NpgsqlException { IsTransient: true } => !cancellationToken.IsCancellationRequested,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => true,
        SocketException or IOException => true,
        _ => false,
    };
}
