using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract.Appointments;

/// <summary>The desks coordinators edit: seeded once from the files, then saved conditionally; one of two saves at once wins (issue 15).</summary>
public abstract class DeskStoreContract : StoreContract
{
    private IDeskStore Store => DesksOf(Stores);

    protected abstract IDeskStore DesksOf(StoreSet stores);

    [Fact]
    public async Task SeedAsync_TwoHostsAtOnce_StoresOnce_AndASecondSeedChangesNothing()
    {
        var seeds = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Store.SeedAsync(Seed("Sportello Centro"))));
        var again = await Store.SeedAsync(Seed("Another name from the file"));

        Assert.Single(seeds, stored => stored);
        Assert.False(again);
        Assert.Equal("Sportello Centro", Assert.Single(await Store.ListAsync()).Desks[0].Name);
    }

    [Fact]
    public async Task TrySaveAsync_TwoCoordinatorsOnOneVersion_OneWins_AndTheEditSurvivesARestart()
    {
        await Store.SeedAsync(Seed("Sportello Centro"));
        var first = Seed("Sportello Centro (piano terra)") with { Version = 2, UpdatedBy = "anna@comune.it" };
        var second = Seed("Sportello Centro (primo piano)") with { Version = 2 };

        var saved = await Task.WhenAll(Store.TrySaveAsync(first), Store.TrySaveAsync(second));
        await ReopenAsync();

        Assert.Single(saved, s => s);
        var stored = Assert.Single(await Store.ListAsync());
        Assert.Equal(2, stored.Version);
        var desk = stored.Desks[0];
        Assert.Equal([new OpeningPeriod(new TimeOnly(9, 0), new TimeOnly(12, 30)), new OpeningPeriod(new TimeOnly(14, 0), new TimeOnly(17, 0))], desk.HoursOn(DayOfWeek.Tuesday));
        Assert.Empty(desk.HoursOn(DayOfWeek.Sunday));
        Assert.Equal(new Closure(new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 21), "Ferie"), Assert.Single(desk.Closures));
        Assert.Equal(new DateOnly(2026, 12, 24), Assert.Single(stored.Closures).From);
        Assert.False(await Store.TrySaveAsync(Seed("Stale") with { Version = 2 }));
    }

    private static DeskSet Seed(string name) => new(
        "milano",
        1,
        [new AppointmentDesk("centro", name, "Via Roma 1",
            new Dictionary<DayOfWeek, IReadOnlyList<OpeningPeriod>>
            {
                [DayOfWeek.Tuesday] = [new(new TimeOnly(9, 0), new TimeOnly(12, 30)), new(new TimeOnly(14, 0), new TimeOnly(17, 0))],
            },
            [new Closure(new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 21), "Ferie")],
            ["spid"])],
        [new Closure(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24), null)],
        Noon,
        null);
}
