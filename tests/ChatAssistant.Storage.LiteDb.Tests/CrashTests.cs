using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>A turn whose reply was sent is never lost, even when the process is killed without warning.</summary>
public sealed class CrashTests : IDisposable
{
    private const int Commits = 300;
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CommitTurnAsync_ProcessKilledMidStream_EveryAcknowledgedTurnIsThereAfterReopening()
    {
        var acknowledged = new List<(int Turn, string Conversation)>();
        using (var harness = StartHarness())
        {
            try
            {
                await ReadLineAsync(harness, "ready");
                // While the harness runs, its file is refused to us, naming its pid.
                var busy = Assert.Throws<StoreUnavailableException>(() => new LiteDbStore(_folder.Path));
                Assert.Contains($"pid {harness.Id}", busy.Message, StringComparison.Ordinal);

                while (acknowledged.Count < Commits)
                {
                    acknowledged.Add(Parse(await ReadLineAsync(harness, "committed ")));
                }
            }
            finally
            {
                harness.Kill(); // SIGKILL on Linux: no finalizers, no dispose, no flush.
                await harness.WaitForExitAsync();
            }
        }

        await AssertAllThereAsync(acknowledged);
    }

    [Fact]
    public async Task CommitTurnAsync_ProcessKillsItselfRightAfterACommitReturns_ThatTurnIsThere()
    {
        var acknowledged = new List<(int Turn, string Conversation)>();
        using (var harness = StartHarness("8", Commits.ToString(CultureInfo.InvariantCulture)))
        {
            while (await harness.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    acknowledged.Add(Parse(line));
                }
            }

            await harness.WaitForExitAsync();
            Assert.NotEqual(0, harness.ExitCode);
        }

        Assert.True(acknowledged.Count >= Commits);
        await AssertAllThereAsync(acknowledged);
    }

    private async Task AssertAllThereAsync(List<(int Turn, string Conversation)> acknowledged)
    {
        // The dead process's lock file is still there; the OS lock died with it.
        Assert.True(File.Exists(_folder.DataFile + ".lock"));
        using var store = new LiteDbStore(_folder.Path);
        foreach (var group in acknowledged.GroupBy(a => a.Conversation))
        {
            var last = group.Max(a => a.Turn);
            var state = await store.GetStateAsync(group.Key);
            Assert.NotNull(state);
            Assert.True(int.Parse(state.Memory["turn"], CultureInfo.InvariantCulture) >= last, $"{group.Key} lost turn {last}");
            Assert.Equal(state.Memory["turn"], Assert.Single(state.RecentMessageIds));

            var texts = (await store.ReadTranscriptAsync(group.Key, 0, 100_000)).Select(e => ActivityJson.Deserialize(e.ActivityJson).Text).ToHashSet();
            foreach (var (turn, _) in group)
            {
                Assert.Contains($"question {turn}", texts);
                Assert.Contains($"answer {turn}", texts);
            }
        }
    }

    private static (int Turn, string Conversation) Parse(string line)
    {
        var parts = line.Split(' ');
        return (int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
    }

    private Process StartHarness(params string[] arguments)
    {
        var dll = typeof(CrashTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashHarness").Value!;
        Assert.True(File.Exists(dll), $"Crash harness not built at {dll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(_folder.Path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<string> ReadLineAsync(Process harness, string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await harness.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The harness stopped before printing " + prefix);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }
}
