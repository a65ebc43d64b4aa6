using System.Net;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

public class StartupTests
{
    [Fact]
    public async Task Start_FreshDataFolder_CreatesTheDataFileAndReportsReady()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory().FullName, "not-yet-there");
        await using var host = await HostProcess.StartAsync(data);

        using var live = await host.Client.GetAsync(new Uri("health/live", UriKind.Relative));
        var ready = await host.Client.GetStringAsync(new Uri("health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("store", ready, StringComparison.Ordinal);
        Assert.Contains("flows", ready, StringComparison.Ordinal);
        Assert.Contains("knowledge", ready, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "chatassistant.db")));
    }

    // Issue 18, point 9: leftovers (an old journal, an editor's backup, a folder) never stop start-up, and readiness
    // names no absolute path.
    [Fact]
    public async Task Start_StrayFilesInTheDataFolder_StartsAndReadinessShowsNoPath()
    {
        var data = Directory.CreateTempSubdirectory("chatassistant-stray-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(data, "chatassistant-journal-000001.bin"), [0xde, 0xad, 0xbe, 0xef]);
        await File.WriteAllTextAsync(Path.Combine(data, "chatassistant.db~"), "not a database");
        await File.WriteAllTextAsync(Path.Combine(data, "directline-signing.key"), "!!! not base64 !!!");
        Directory.CreateDirectory(Path.Combine(data, "chatassistant-log.db.d"));

        await using var host = await HostProcess.StartAsync(data);
        var ready = await host.Client.GetStringAsync(new Uri("health/ready", UriKind.Relative));

        Assert.Contains("store", ready, StringComparison.Ordinal);
        Assert.DoesNotContain(data, ready, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", ready, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DataFileHeldByAnotherHost_RefusesNamingTheFile()
    {
        await using var first = await HostProcess.StartAsync();

        await using var second = await HostProcess.StartAsync(first.DataDirectory, waitUntilReady: false);
        var exitCode = await second.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("chatassistant.db", second.Log, StringComparison.Ordinal);
        Assert.Contains("in use", second.Log, StringComparison.OrdinalIgnoreCase);
        using var stillServing = await first.Client.GetAsync(new Uri("health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
    }

    [Fact]
    public async Task Start_DamagedDataFile_RefusesAndLeavesTheFileAlone()
    {
        var data = Directory.CreateTempSubdirectory().FullName;
        var file = Path.Combine(data, "chatassistant.db");
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(file, garbage);

        await using var host = await HostProcess.StartAsync(data, waitUntilReady: false);
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("damaged", host.Log, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Start_BrokenFlowFile_RefusesNamingFileAndLine()
    {
        var dialogs = Directory.CreateTempSubdirectory().FullName;
        CopyDirectory(Path.Combine(HostProcess.RepositoryRoot(), "dialogs"), dialogs);
        await File.WriteAllTextAsync(Path.Combine(dialogs, "rotto.yaml"), "id: rotto\nsteps:\n  - id: a\n    volare: via\n");

        await using var host = await HostProcess.StartAsync(
            environment: new Dictionary<string, string> { ["ChatAssistant__DialogsPath"] = dialogs }, waitUntilReady: false);
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("rotto.yaml:3", host.Log, StringComparison.Ordinal);
        Assert.Contains("cannot start", host.Log, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
