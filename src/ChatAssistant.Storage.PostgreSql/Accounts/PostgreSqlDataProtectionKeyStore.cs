using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Accounts;

/// <summary>Data Protection's key ring in data_protection_keys, one row per key, shared by every host.</summary>
public sealed class PostgreSqlDataProtectionKeyStore(NpgsqlDataSource dataSource) : IDataProtectionKeyStore
{
    public Task<IReadOnlyList<string>> GetAllAsync(CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<string>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY added", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var keys = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        }, cancellationToken);

    public Task AddAsync(string name, string xml, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING", connection);
            command.Parameters.Text("name", name).Text("xml", xml);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
