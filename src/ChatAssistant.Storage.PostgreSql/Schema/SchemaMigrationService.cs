using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Schema;

/// <summary>
/// Migrates the schema before the host serves anything (hosted services start before the web server listens). A
/// failure stops start-up with the migrator's message.
/// </summary>
internal sealed class SchemaMigrationService(NpgsqlDataSource dataSource, IOptions<PostgreSqlStorageOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateAtStartup)
        {
            await PostgreSqlSchema.MigrateAsync(dataSource, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
