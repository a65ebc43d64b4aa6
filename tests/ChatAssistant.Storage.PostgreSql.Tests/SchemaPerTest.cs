namespace ChatAssistant.Storage.PostgreSql.Tests;

/// <summary>Base of the PostgreSQL-specific tests: a migrated schema of the test's own, dropped afterwards.</summary>
public abstract class SchemaPerTest : IAsyncLifetime
{
    private protected TestSchema Schema { get; } = new();

    /// <summary>False for tests that migrate the schema themselves.</summary>
    protected virtual bool Migrated => true;

    public Task InitializeAsync() => Schema.CreateAsync(Migrated);

    public Task DisposeAsync() => Schema.DisposeAsync().AsTask();
}
