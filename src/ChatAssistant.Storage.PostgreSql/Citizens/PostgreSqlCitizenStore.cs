using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Citizens;

public sealed class PostgreSqlCitizenStore(NpgsqlDataSource dataSource) : ICitizenStore
{
    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {CitizenRows.Columns} FROM citizens WHERE id = @id", connection);
            command.Parameters.Text("id", citizenId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? CitizenRows.Read(reader) : null;
        }, cancellationToken);

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(CitizenRows.UpsertSql(), connection);
            CitizenRows.AddUpsertParameters(command.Parameters, citizen);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await CitizenErasure.EraseAsync(connection, transaction, citizenId, keepKey: null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
}
