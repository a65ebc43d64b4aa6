using System.Diagnostics;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>
/// Runs tests/telegram-emulator (telegram-test-api behind our launcher) on a free port of 127.0.0.1 for the
/// tests of one collection: `npm ci` first if its node_modules are missing, stopped with the tests.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    public EmulatorUser User { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var folder = FindEmulatorFolder();
        if (!File.Exists(Path.Combine(folder, "node_modules", "telegram-test-api", "package.json")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", folder);
        }

        var start = new ProcessStartInfo("node", "launcher.js --port 0 --exit-with-stdin")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The emulator exited before it was ready.");
            if (line.StartsWith("READY port=", StringComparison.Ordinal))
            {
                BaseUrl = new Uri($"http://127.0.0.1:{line["READY port=".Length..]}");
                break;
            }
        }

        // Keep draining stdout so the emulator never blocks on a full pipe.
        _ = Task.Run(async () =>
        {
            while (await _process.StandardOutput.ReadLineAsync() is not null)
            {
            }
        });
        User = new EmulatorUser(BaseUrl);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        User?.Dispose();
        return Task.CompletedTask;
    }

    public static string FindEmulatorFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "telegram-emulator");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/telegram-emulator not found above " + AppContext.BaseDirectory);
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed with exit code {process.ExitCode} in {folder}.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "telegram-emulator";
}
