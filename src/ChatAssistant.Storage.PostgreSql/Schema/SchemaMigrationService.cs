using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Health;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Schema;

/// <summary>
/// Migrates the schema before the host serves anything (hosted services start before the web server listens). When
/// PostgreSQL cannot be reached the host starts anyway, not ready (/health/ready says why, turns answer "try again"),
/// and migrates as soon as the database comes, trying again with backoff. A schema this build cannot use (newer, or
/// an edited migration) stops start-up with the migrator's message.
/// </summary>
internal sealed partial class SchemaMigrationService(
    NpgsqlDataSource dataSource,
    IOptions<PostgreSqlStorageOptions> options,
    TimeProvider clock,
    ILogger<SchemaMigrationService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateAtStartup)
        {
            return;
        }

        try
        {
            await PostgreSqlSchema.MigrateAsync(dataSource, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            Log.Unreachable(logger, PostgreSqlStoreHealth.Describe(dataSource), ex.InnerException?.Message ?? ex.Message);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying;
    }

    public void Dispose() => _stopping.Dispose();

    private Task RetryAsync(CancellationToken stopping) =>
        StoreRetry.UntilAvailableAsync(
            async token =>
            {
                try
                {
                    await PostgreSqlSchema.MigrateAsync(dataSource, token);
                    Log.Migrated(logger, PostgreSqlStoreHealth.Describe(dataSource));
                }
                catch (SchemaVersionException ex)
                {
                    // Another host migrated to a schema this build cannot use: nothing to retry; readiness stays false.
                    Log.Unusable(logger, ex.Message);
                }
            },
            clock,
            ex => Log.Unreachable(logger, PostgreSqlStoreHealth.Describe(dataSource), ex.InnerException?.Message ?? ex.Message),
            stopping);

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Warning, "PostgreSQL {Server} cannot be reached ({Reason}): not ready; trying again")]
        public static partial void Unreachable(ILogger logger, string server, string reason);

        [LoggerMessage(LogLevel.Information, "PostgreSQL {Server} reached and its schema migrated: ready")]
        public static partial void Migrated(ILogger logger, string server);

        [LoggerMessage(LogLevel.Critical, "{Reason}")]
        public static partial void Unusable(ILogger logger, string reason);
    }
}
