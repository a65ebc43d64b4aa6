using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests.Files;

public sealed class DataFileTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Constructor_FileAlreadyOpenInThisProcess_RefusesNamingTheFileAndThePid()
    {
        using var first = new LiteDbStore(_folder.Path);

        var error = Assert.Throws<StoreUnavailableException>(() => new LiteDbStore(_folder.Path));

        Assert.Contains(_folder.DataFile, error.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Stop it first", error.Message, StringComparison.Ordinal);
        Assert.True(first.IsOpen);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(16384)]
    public void Constructor_GarbageFile_RefusesAndLeavesItsBytesUnchanged(int length)
    {
        Directory.CreateDirectory(_folder.Path);
        var garbage = new byte[length];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(_folder.DataFile, garbage);

        var error = Assert.Throws<StoreUnavailableException>(() => new LiteDbStore(_folder.Path));

        Assert.Contains($"The data file {_folder.DataFile} is damaged or not a LiteDB file", error.Message, StringComparison.Ordinal);
        Assert.Contains("It was not changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(_folder.DataFile));
    }

    [Fact]
    public void Constructor_AfterAGarbageFileIsMovedAway_OpensAgain()
    {
        Directory.CreateDirectory(_folder.Path);
        File.WriteAllBytes(_folder.DataFile, new byte[100]);
        Assert.Throws<StoreUnavailableException>(() => new LiteDbStore(_folder.Path));
        File.Move(_folder.DataFile, _folder.DataFile + ".bad");

        using var store = new LiteDbStore(_folder.Path);

        Assert.True(store.IsOpen);
    }

    [Fact]
    public async Task Dispose_ThenReopen_EverythingIsStillThere()
    {
        var store = new LiteDbStore(_folder.Path);
        await store.CommitTurnAsync(Turn(NewState("c1"), "ciao", [OutboxMessage("r1", "c1")]));
        await store.UpsertAsync(Citizen("milano:telegram:1"));
        await store.DisposeAsync();
        Assert.False(store.IsOpen);

        using var reopened = new LiteDbStore(_folder.Path);

        Assert.Equal(1, (await reopened.GetStateAsync(Key("c1")))!.Version);
        Assert.Equal(["ciao", "answer to ciao"], await TextsAsync(reopened, Key("c1")));
        Assert.NotNull(await reopened.GetAsync("milano:telegram:1"));
        Assert.Equal(1, (await reopened.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task Dispose_WithWritesStillQueued_CommitsThemFirst()
    {
        var store = new LiteDbStore(_folder.Path);
        var writes = Enumerable.Range(0, 200).Select(i => store.CommitTurnAsync(Turn(NewState($"c{i}"), "ciao"))).ToList();

        store.Dispose();

        Assert.All(await Task.WhenAll(writes), r => Assert.True(r.Committed));
        using var reopened = new LiteDbStore(_folder.Path);
        Assert.NotNull(await reopened.GetStateAsync(Key("c199")));
    }

    [Fact]
    public async Task CommitTurnAsync_AfterDispose_SaysTheStoreIsClosed()
    {
        var store = new LiteDbStore(_folder.Path);
        store.Dispose();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CommitTurnAsync(Turn(NewState("c1"), "ciao")));

        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLiteDbStorage_ConfiguredDataDirectory_OneStoreServesAllThreeContracts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ChatAssistantOptions.Section}:DataDirectory"] = _folder.Path,
            [$"{LiteDbStorageOptions.Section}:MaxBatchSize"] = "64",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLiteDbStorage();

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<LiteDbStore>();
            Assert.Same(store, provider.GetRequiredService<IConversationStore>());
            Assert.Same(store, provider.GetRequiredService<ICitizenStore>());
            Assert.Same(store, provider.GetRequiredService<IOutboxStore>());
            await store.UpsertAsync(Citizen("milano:telegram:9"));
            Assert.True(File.Exists(_folder.DataFile));
        }

        using var reopened = new LiteDbStore(_folder.Path);
        Assert.NotNull(await reopened.GetAsync("milano:telegram:9"));
    }
}
