using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>
/// tests/telegram-emulator (telegram-test-api behind our launcher) with --bot-api-compatible, so that an unmodified
/// host process can use it as its Bot API: `npm ci` first if its node_modules are missing; it exits with the tests.
/// </summary>
public sealed class TelegramEmulator : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private TelegramEmulator(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }

    public static async Task<TelegramEmulator> StartAsync()
    {
        var folder = Path.Combine(HostProcess.RepositoryRoot(), "tests", "telegram-emulator");
        if (!File.Exists(Path.Combine(folder, "node_modules", "telegram-test-api", "package.json")))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })!;
            await npm.WaitForExitAsync();
        }

        var start = new ProcessStartInfo("node", "launcher.js --port 0 --exit-with-stdin --bot-api-compatible")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The emulator exited before it was ready.");
            if (line.StartsWith("READY port=", StringComparison.Ordinal))
            {
                // Keep draining stdout so the emulator never blocks on a full pipe.
                _ = Task.Run(async () =>
                {
                    while (await process.StandardOutput.ReadLineAsync() is not null)
                    {
                    }
                });
                return new TelegramEmulator(process, new Uri($"http://127.0.0.1:{line["READY port=".Length..]}"));
            }
        }
    }

    /// <summary>A citizen writes <paramref name="text"/> to the bot from private chat <paramref name="chatId"/>.</summary>
    public Task SendAsCitizenAsync(string token, long chatId, string text) => SendAsCitizenAsync(token, chatId, new JsonObject { ["text"] = text });

    /// <summary>A citizen sends a message with <paramref name="fields"/> (a photo, a location...) from private chat <paramref name="chatId"/>.</summary>
    public async Task SendAsCitizenAsync(string token, long chatId, JsonObject fields)
    {
        var message = new JsonObject
        {
            ["botToken"] = token,
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Maria", ["language_code"] = "it" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Maria" },
            ["date"] = 1_700_000_000,
        };
        foreach (var (name, value) in fields)
        {
            message[name] = value?.DeepClone();
        }

        using var response = await _http.PostAsync(new Uri("/sendMessage", UriKind.Relative),
            new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A file the citizen's app uploaded (a photo): the bot can then getFile and download it by <paramref name="fileId"/>.</summary>
    public async Task AddFileAsync(string fileId, byte[] bytes)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("/__control/file", UriKind.Relative), new { fileId, base64 = Convert.ToBase64String(bytes) });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every message the bot sent, in the order the emulator received them (time in Unix ms).</summary>
    public async Task<IReadOnlyList<SentMessage>> SentAsync(string token)
    {
        var sent = await _http.GetFromJsonAsync<JsonArray>(new Uri($"/__control/sent?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        return sent!.Select(m => new SentMessage(m!["time"]!.GetValue<long>(), m["chatId"]!.GetValue<string>(), m["text"]!.GetValue<string>())).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }
}

public sealed record SentMessage(long TimeMs, string ChatId, string Text);
