using ChatAssistant.Storage.PostgreSql.Schema;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Tests.Schema;

/// <summary>The schema is migrated at start-up, by one host at a time, and never by a host older than the schema.</summary>
public sealed class MigrationTests : SchemaPerTest
{
    protected override bool Migrated => false;

    [Fact]
    public async Task MigrateAsync_TwoHostsAtOnce_EachMigrationAppliedOnce()
    {
        await using var hostA = Schema.NewDataSource("a");
        await using var hostB = Schema.NewDataSource("b");

        var applied = await Task.WhenAll(
            Task.Run(() => PostgreSqlSchema.MigrateAsync(hostA)),
            Task.Run(() => PostgreSqlSchema.MigrateAsync(hostB)));

        Assert.Equal(Enumerable.Range(1, PostgreSqlSchema.LatestVersion), applied.SelectMany(a => a).Order());
        Assert.Contains(applied, a => a.Count == 0);
        Assert.Equal((long)PostgreSqlSchema.LatestVersion, await Schema.ScalarAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(0L, await Schema.ScalarAsync("SELECT count(*) FROM conversations"));
    }

    [Fact]
    public async Task MigrateAsync_AlreadyUpToDate_AppliesNothing()
    {
        await using var host = Schema.NewDataSource();
        await PostgreSqlSchema.MigrateAsync(host);

        Assert.Empty(await PostgreSqlSchema.MigrateAsync(host));
    }

    [Fact]
    public async Task MigrateAsync_SchemaNewerThanThisHost_RefusesWithBothVersions()
    {
        await using var host = Schema.NewDataSource();
        await PostgreSqlSchema.MigrateAsync(host);
        await Schema.ScalarAsync("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_from_the_future', 'x')");

        var refusal = await Assert.ThrowsAsync<SchemaVersionException>(() => PostgreSqlSchema.MigrateAsync(host));

        Assert.Contains("at version 9999 (9999_from_the_future), newer than this host knows (up to " + PostgreSqlSchema.LatestVersion + ")", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_AppliedMigrationEditedSince_RefusesAndNamesIt()
    {
        await using var host = Schema.NewDataSource();
        await PostgreSqlSchema.MigrateAsync(host);
        var edited = Migration.All.Select(m => m with { Sql = m.Sql + "\n-- edited" }).ToList();

        var refusal = await Assert.ThrowsAsync<SchemaVersionException>(() => PostgreSqlSchema.MigrateAsync(host, edited, default));

        Assert.Contains("0001_initial differs from the one applied", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_WhileAnotherHostMigrates_WaitsForItInsteadOfFailing()
    {
        await using var other = Schema.NewDataSource("other");
        await using var lockHolder = await other.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@class, hashtext(current_schema()))", lockHolder))
        {
            take.Parameters.AddWithValue("class", PostgreSqlSchema.LockClass);
            await take.ExecuteNonQueryAsync();
        }

        await using var host = Schema.NewDataSource();
        var migrating = Task.Run(() => PostgreSqlSchema.MigrateAsync(host));
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        Assert.False(migrating.IsCompleted);

        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(current_schema()))", lockHolder))
        {
            release.Parameters.AddWithValue("class", PostgreSqlSchema.LockClass);
            await release.ExecuteNonQueryAsync();
        }

        Assert.Equal(Enumerable.Range(1, PostgreSqlSchema.LatestVersion), await migrating.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Migrations_EmbeddedInTheAssembly_AreNumberedFromOneWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, Migration.All.Count), Migration.All.Select(m => m.Version));
        Assert.Equal("0001_initial", Migration.All[0].Name);
    }
}
