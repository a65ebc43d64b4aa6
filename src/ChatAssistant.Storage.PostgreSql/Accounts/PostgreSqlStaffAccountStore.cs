using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Accounts;

/// <summary>The console's accounts in staff_accounts. An update locks the row (SELECT ... FOR UPDATE), so hosts counting one account's failures never lose a count.</summary>
public sealed class PostgreSqlStaffAccountStore(NpgsqlDataSource dataSource) : IStaffAccountStore
{
    public Task<bool> TryAddAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var normalized = account with { Email = StaffAccount.NormalizeEmail(account.Email) };
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(StaffAccountRows.InsertSql, connection);
            StaffAccountRows.AddParameters(command.Parameters, normalized);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
    }

    public Task<StaffAccount?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ReadOneAsync("id = @key", id, cancellationToken);

    public Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        ReadOneAsync("email = @key", StaffAccount.NormalizeEmail(email), cancellationToken);

    public Task<IReadOnlyList<StaffAccount>> ListAsync(string? tenant, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<StaffAccount>>(dataSource, async connection =>
        {
            var where = tenant is null ? "" : "WHERE tenant_id = @tenant ";
            await using var command = new NpgsqlCommand($"SELECT {StaffAccountRows.Columns} FROM staff_accounts {where}ORDER BY email", connection);
            if (tenant is not null)
            {
                command.Parameters.Text("tenant", tenant);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var accounts = new List<StaffAccount>();
            while (await reader.ReadAsync(cancellationToken))
            {
                accounts.Add(StaffAccountRows.Read(reader));
            }

            return accounts;
        }, cancellationToken);

    public Task<StaffAccount?> UpdateAsync(string id, Func<StaffAccount, StaffAccount> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            StaffAccount before;
            await using (var select = new NpgsqlCommand($"SELECT {StaffAccountRows.Columns} FROM staff_accounts WHERE id = @id FOR UPDATE", connection, transaction))
            {
                select.Parameters.Text("id", id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                before = StaffAccountRows.Read(reader);
            }

            var after = change(before) with { Id = before.Id, Email = before.Email, CreatedAt = before.CreatedAt };
            await using (var update = new NpgsqlCommand(StaffAccountRows.UpdateSql, connection, transaction))
            {
                StaffAccountRows.AddParameters(update.Parameters, after);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return after;
        }, cancellationToken);
    }

    private Task<StaffAccount?> ReadOneAsync(string condition, string key, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {StaffAccountRows.Columns} FROM staff_accounts WHERE {condition}", connection);
            command.Parameters.Text("key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? StaffAccountRows.Read(reader) : null;
        }, cancellationToken);
}
