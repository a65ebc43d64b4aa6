using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>
/// A citizen files a report with a photo on Telegram (the emulator, polled by the real host process), a volunteer moves
/// it over the API, and each status change reaches the citizen's Telegram chat (issue 17).
/// </summary>
public sealed partial class CivicReportsThroughHostTests : IAsyncLifetime
{
    private const string Volunteer = "volontario@milano.example";
    private const long Chat = 7770001;
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1];

    private readonly string _token = $"{Random.Shared.Next(100_000, 999_999)}:CIVIC";
    private TelegramEmulator _emulator = null!;
    private HostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync();
        _host = await HostProcess.StartAsync(environment: new Dictionary<string, string>
        {
            ["Telegram__Bots__0__Tenant"] = "milano",
            ["Telegram__Bots__0__Token"] = _token,
            ["Telegram__Bots__0__ApiBaseUrl"] = _emulator.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram__Bots__0__Mode"] = "Polling",
            ["Telegram__Polling__TimeoutSeconds"] = "1",
            ["ChatAssistant__CivicReports__MaxPhotoBytes"] = "100000",
        });
    }

    [Fact]
    public async Task ReportWithAPhotoOnTelegram_StatusChanges_ReachTheCitizenOnTelegram()
    {
        await SayAsync("menu", "Cosa vuoi fare?");
        await SayAsync("Segnala un problema", "Cosa vuoi segnalare al Comune?");
        await SayAsync("Strade e buche", "Scrivi in poche righe cosa succede");
        await SayAsync("Una buca profonda davanti alla scuola", "Dove si trova?");
        await _emulator.SendAsCitizenAsync(_token, Chat, new JsonObject { ["location"] = new JsonObject { ["latitude"] = 45.4781, ["longitude"] = 9.2253 } });
        await WaitForAsync("Non mandare mai foto di documenti");

        // Telegram declared a small photo, but getFile says 200 KB: refused before the download, with the limit.
        await _emulator.AddFileAsync("photo-huge", new byte[200_000]);
        await _emulator.SendAsCitizenAsync(_token, Chat, new JsonObject
        {
            ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo-huge", ["file_unique_id"] = "h", ["width"] = 4000, ["height"] = 3000, ["file_size"] = 10 }),
        });
        await WaitForAsync("La foto è troppo grande: al massimo 0.1 MB.");
        await _emulator.AddFileAsync("photo-big", Photo);
        await _emulator.SendAsCitizenAsync(_token, Chat, new JsonObject
        {
            ["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = "photo-small", ["file_unique_id"] = "s", ["width"] = 90, ["height"] = 90, ["file_size"] = 10 },
                new JsonObject { ["file_id"] = "photo-big", ["file_unique_id"] = "b", ["width"] = 800, ["height"] = 600, ["file_size"] = Photo.Length }),
        });
        await WaitForAsync("Foto: sì");
        var filed = await SayAsync("Sì", "Il codice della segnalazione è");
        var code = Code().Match(filed).Groups["code"].Value;

        using var api = new HttpClient { BaseAddress = _host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffSignIn.TokenAsync(_host, Volunteer));
        var report = (await api.GetFromJsonAsync<JsonObject>($"api/civic-reports/{code}"))!;
        Assert.Equal((true, 45.4781), (report["hasPhoto"]!.GetValue<bool>(), report["latitude"]!.GetValue<double>()));
        Assert.Equal(Photo, await api.GetByteArrayAsync($"api/civic-reports/{code}/photo"));

        using var sent = await api.PostAsJsonAsync($"api/civic-reports/{code}/status", new { status = "sent-to-office" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await WaitForAsync($"Novità sulla segnalazione {code}: ora è mandata all'ufficio del Comune.");
        using var closed = await api.PostAsJsonAsync($"api/civic-reports/{code}/status", new { status = "closed", note = "Riparata stamattina." });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await WaitForAsync("Messaggio dal Comune: Riparata stamattina.");
        Assert.Equal(1, (await _emulator.SentAsync(_token)).Count(m => m.Text.Contains($"{code}: ora è chiusa", StringComparison.Ordinal)));
    }

    /// <summary>Writes <paramref name="text"/> and waits for a reply containing <paramref name="expected"/>; returns that reply.</summary>
    private async Task<string> SayAsync(string text, string expected)
    {
        var before = (await _emulator.SentAsync(_token)).Count;
        await _emulator.SendAsCitizenAsync(_token, Chat, text);
        return await WaitForAsync(expected, before);
    }

    private async Task<string> WaitForAsync(string expected, int after = 0)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = (await _emulator.SentAsync(_token)).Skip(after).FirstOrDefault(m => m.Text.Contains(expected, StringComparison.Ordinal));
            if (found is not null)
            {
                return found.Text;
            }

            Assert.False(timeout.IsCancellationRequested, $"No Telegram message contains \"{expected}\". Sent:\n{string.Join("\n", (await _emulator.SentAsync(_token)).Select(m => m.Text))}\nHost log:\n{_host.Log}");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("è (?<code>[A-Z2-9]{6})\\.")]
    private static partial Regex Code();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
