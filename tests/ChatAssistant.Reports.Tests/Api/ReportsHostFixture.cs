using ChatAssistant.Host.Tests.Support;
using ChatAssistant.Storage.Contract.Reports;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Reports;

namespace ChatAssistant.Reports.Tests.Api;

/// <summary>
/// One real host on a LiteDB file seeded with <see cref="ReportSeed"/> (written before the host takes the file), with
/// bearer tokens for milano's coordinator and volunteer.
/// </summary>
public sealed class ReportsHostFixture : IAsyncLifetime
{
    public HostProcess Host { get; private set; } = null!;
    public string Coordinator { get; private set; } = "";
    public string Volunteer { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("chatassistant-reports-").FullName;
        using (var store = new LiteDbStore(folder))
        {
            await new LiteDbReportStore(store).AddAsync(ReportSeed.Counters(), 200);
        }

        Host = await HostProcess.StartAsync(folder, new Dictionary<string, string> { ["ChatAssistant__Reports__FlushMilliseconds"] = "100" });
        Coordinator = await StaffSignIn.TokenAsync(Host, "coordinatore@milano.example");
        Volunteer = await StaffSignIn.TokenAsync(Host, "volontario@milano.example");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
