using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Desks.Editing;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Storage.LiteDb.Appointments;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Appointments.Tests.Desks;

/// <summary>
/// Coordinators' edits (issue 15): seeded from the file once, stored, read by the free slots at once on the saving host
/// and at the next refresh on another; a stale edit is refused; bad hours and closures are refused with a reason.
/// </summary>
public sealed class DeskEditingTests : IDisposable
{
    // Saturday 5 December 2026, 09:00 in Rome; Wednesday 9 December is an open day (09:00-12:00).
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly DateOnly _wednesday = new(2026, 12, 9);

    [Fact]
    public async Task Closure_SavedOnOneHost_HidesTheDaysSlotsThereAtOnce_AndOnAnotherHostAfterItsRefresh()
    {
        var store = new LiteDbDeskStore(_world.Store);
        var other = TestDesks.Catalog();
        await Sync(_world.Desks, store).SyncAsync();
        await Sync(other, store).SyncAsync();
        var editor = new DeskEditor(_world.Desks, _world.Clock, store);

        var result = await editor.AddClosureAsync("milano", 1, "municipio-2", new Closure(_wednesday, _wednesday, "Formazione"), "coordinatore@milano.example");
        var hereBefore = await SlotsOn(_world.Desks);
        var thereBefore = await SlotsOn(other);
        await Sync(other, store).SyncAsync();

        Assert.Equal(DeskEditOutcome.Saved, result.Outcome);
        Assert.Empty(hereBefore);
        Assert.Equal(6, thereBefore.Count);
        Assert.Empty(await SlotsOn(other));
        Assert.Equal(DeskEditOutcome.Conflict, (await new DeskEditor(other, _world.Clock, store).AddClosureAsync("milano", 1, null, new Closure(_wednesday, _wednesday, null), null)).Outcome);
    }

    [Fact]
    public async Task SaveDesk_NewHoursAndBadInput_OnlyValidHoursAreStoredAndUsed()
    {
        var store = new LiteDbDeskStore(_world.Store);
        await Sync(_world.Desks, store).SyncAsync();
        var editor = new DeskEditor(_world.Desks, _world.Clock, store);
        var desk = _world.Desk;
        DeskEdit Edit(string wednesday, string name = "Sportello del Municipio 2") =>
            new(desk.Id, name, desk.Address, new Dictionary<DayOfWeek, string> { [DayOfWeek.Wednesday] = wednesday }, ["spid"]);

        var overlap = await editor.SaveDeskAsync("milano", 1, Edit("09:00-11:00, 10:00-12:00"), null);
        var control = await editor.SaveDeskAsync("milano", 1, Edit("09:00-10:00", "Sportello\u0007"), null);
        var saved = await editor.SaveDeskAsync("milano", 1, Edit("15:00-16:00"), null);
        _world.Restart();
        var afterRestart = TestDesks.Catalog();
        await Sync(afterRestart, new LiteDbDeskStore(_world.Store)).SyncAsync();

        Assert.Equal(("desks.bad_hours", "desks.bad_name", DeskEditOutcome.Saved), (overlap.Problem, control.Problem, saved.Outcome));
        Assert.Equal(["15:00", "15:30"], (await SlotsOn(afterRestart)).Select(s => s.Local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(afterRestart.Find("milano")!.Desk(desk.Id)!.HoursOn(DayOfWeek.Monday));
    }

    public void Dispose() => _world.Dispose();

    private DeskSync Sync(DeskCatalog catalog, LiteDbDeskStore store) =>
        new(catalog, _world.Clock, Options.Create(new AppointmentOptions()), NullLogger<DeskSync>.Instance, store);

    private Task<IReadOnlyList<ChatAssistant.Appointments.Slots.Slot>> SlotsOn(DeskCatalog catalog)
    {
        var tenant = catalog.Find("milano")!;
        return _world.Free.OnAsync(tenant, tenant.Desks[0], tenant.Services[0], _wednesday);
    }
}
