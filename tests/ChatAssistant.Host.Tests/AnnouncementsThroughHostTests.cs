using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;
using Xunit.Abstractions;

namespace ChatAssistant.Host.Tests;

/// <summary>
/// Neighbourhood announcements through the real host and the Telegram emulator, on each engine (issue 16): citizens
/// follow a neighbourhood by chatting, the demo committee (Municipio 1) publishes through POST /api/announcements,
/// exactly its subscribers receive it once, marked as automatic and with how to stop; it cannot publish elsewhere nor
/// read chats; bad input is a 400 with the reason and sends nothing; /stop_avvisi stops; a retraction deletes the copies;
/// a host killed mid-delivery and started again finishes it with every subscriber served once.
/// </summary>
public sealed class AnnouncementsThroughHostTests(ITestOutputHelper output)
{
    private const string Committee = "comitato@milano.example";
    private const long Anna = 7_000_001, Bruno = 7_000_002, Carla = 7_000_003;

    [Theory]
    [InlineData("LiteDb")]
    [InlineData("PostgreSql")]
    public async Task Announcement_ReachesExactlyTheSubscribersOfItsNeighbourhood_AndStopsWhenAsked(string engine)
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var database = engine == "PostgreSql" ? await PostgresSchema.CreateAsync() : null;
        var token = $"{Random.Shared.Next(100_000, 999_999)}:ANNOUNCE";
        await using var host = await HostProcess.StartAsync(environment: Environment(database, token, emulator));
        var bearer = await StaffSignIn.TokenAsync(host, Committee);

        await SubscribeAsync(emulator, token, Anna, "duomo");
        await SubscribeAsync(emulator, token, Bruno, "via Torino");
        await SubscribeAsync(emulator, token, Carla, "via Padova");

        var first = await PostAsync(host, bearer, new { neighbourhoods = new[] { "municipio-1" }, title = "Festa di quartiere", text = "Sabato alle 16 in piazza. Porta un amico!" });
        Assert.Equal(HttpStatusCode.Created, first.Status);
        var done = await WaitUntilFinishedAsync(host, bearer, first.Id!);
        Assert.Equal(("Sent", 2, 2, 0, 0), (done["status"]!.GetValue<string>(), done["total"]!.GetValue<int>(), done["sent"]!.GetValue<int>(), done["failed"]!.GetValue<int>(), done["unreachable"]!.GetValue<int>()));
        var received = (await emulator.SentAsync(token)).Where(m => m.Text.Contains("Festa di quartiere", StringComparison.Ordinal)).ToList();
        Assert.Equal([Anna.ToString(System.Globalization.CultureInfo.InvariantCulture), Bruno.ToString(System.Globalization.CultureInfo.InvariantCulture)], received.Select(m => m.ChatId).Order());
        Assert.All(received, m =>
        {
            Assert.StartsWith("📢 Avviso del Comitato: Municipio 1", m.Text, StringComparison.Ordinal);
            Assert.Contains("/stop_avvisi", m.Text, StringComparison.Ordinal);
        });

        // A committee of Municipio 1 cannot post to Municipio 2 nor read any chat.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(host, bearer, new { neighbourhoods = new[] { "municipio-2" }, title = "Fuori zona", text = "No." })).Status);
        using (var queue = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/handoff/queue").WithBearer(bearer)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        }

        // Bad input: a 400 with the reason, and nothing stored or sent.
        var bad = new object[]
        {
            new { neighbourhoods = new[] { "municipio-1" }, title = "Vuoto", text = "" },
            new { neighbourhoods = new[] { "municipio-1" }, title = "Lungo", text = new string('a', 4100) },
            new { neighbourhoods = new[] { "municipio-1" }, title = "Ieri", text = "Testo", sendAt = TimeProvider.System.GetUtcNow().AddHours(-1) },
            new { neighbourhoods = new[] { "atlantide" }, title = "Dove?", text = "Testo" },
            new { neighbourhoods = new[] { "municipio-1" }, title = "Foto", text = "Testo", image = Convert.ToBase64String("non sono un'immagine"u8.ToArray()) },
            new { neighbourhoods = new[] { "municipio-1" }, title = "Foto", text = "Testo", image = Convert.ToBase64String(Png(6 * 1024 * 1024)) },
        };
        foreach (var body in bad)
        {
            var refused = await PostAsync(host, bearer, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.False(string.IsNullOrWhiteSpace(refused.Body["detail"]?.GetValue<string>()), refused.Body.ToJsonString());
        }

        // Anna stops; the next announcement reaches Bruno only.
        var before = (await emulator.SentAsync(token)).Count;
        await emulator.SendAsCitizenAsync(token, Anna, "/stop_avvisi");
        await WaitForTextAsync(emulator, token, Anna, "Non riceverai più avvisi");
        var second = await PostAsync(host, bearer, new { neighbourhoods = new[] { "municipio-1" }, title = "Mercato", text = "Domenica il mercato è in via Dante." });
        Assert.Equal(1, (await WaitUntilFinishedAsync(host, bearer, second.Id!))["sent"]!.GetValue<int>());
        Assert.Equal([Bruno.ToString(System.Globalization.CultureInfo.InvariantCulture)], (await emulator.SentAsync(token)).Skip(before).Where(m => m.Text.Contains("Mercato", StringComparison.Ordinal)).Select(m => m.ChatId));

        // Retract: deleteMessage for each copy.
        using var retract = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"api/announcements/{first.Id}").WithBearer(bearer));
        var retracted = await retract.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("Retracted", 2), (retracted!["status"]!.GetValue<string>(), retracted["retracted"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("LiteDb")]
    [InlineData("PostgreSql")]
    public async Task Delivery_HostKilledHalfWay_RestartFinishesIt_EverySubscriberServed_OnlyCopiesInFlightAtTheKillTwice(string engine)
    {
        const int Citizens = 40;
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var database = engine == "PostgreSql" ? await PostgresSchema.CreateAsync() : null;
        var token = $"{Random.Shared.Next(100_000, 999_999)}:CRASH";
        var environment = Environment(database, token, emulator);
        var host = await HostProcess.StartAsync(environment: environment);
        var bearer = await StaffSignIn.TokenAsync(host, Committee);
        await Task.WhenAll(Enumerable.Range(0, Citizens).Select(i => SubscribeAsync(emulator, token, 8_000_000 + i, "duomo")));

        var posted = await PostAsync(host, bearer, new { neighbourhoods = new[] { "municipio-1" }, title = "Acqua sospesa", text = "Domani dalle 9 alle 12 manca l'acqua in zona Duomo." });
        await WaitUntilAsync(async () => Copies(await emulator.SentAsync(token)).Count >= 5, TimeSpan.FromSeconds(60), "the first copies");
        var killedAtMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        await host.KillAsync();
        var beforeRestart = Copies(await emulator.SentAsync(token)).Count;
        await host.DisposeAsync();

        await using var restarted = await HostProcess.StartAsync(host.DataDirectory, environment);
        using var login = await restarted.Client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { email = Committee, password = StaffSignIn.ChosenPassword });
        var again = (await login.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        var done = await WaitUntilFinishedAsync(restarted, again, posted.Id!);
        await Task.Delay(1000); // a copy sent twice would arrive now
        var copies = Copies(await emulator.SentAsync(token));

        output.WriteLine($"{beforeRestart} of {Citizens} copies sent before the SIGKILL; {copies.Count} in all; report: {done.ToJsonString()}");
        Assert.True(beforeRestart < Citizens, "the kill came after the delivery: the restart was not tested");
        Assert.Equal(Citizens, copies.Select(c => c.ChatId).Distinct().Count());
        Assert.Equal(Citizens, done["total"]!.GetValue<int>());
        // A copy may go twice only if Telegram accepted it in the last moment before the kill, before the outbox
        // recorded it as sent (Telegram has no idempotency key; see TelegramTakeoverTests): none sent earlier goes again.
        // How many that is depends on how far the store's "sent" writes lag behind the sends (up to a dozen at load 20).
        var twice = copies.GroupBy(c => c.ChatId).Where(g => g.Count() > 1).ToList();
        output.WriteLine($"{twice.Count} chats got it twice, each first sent in the second before the kill");
        Assert.All(twice, g => Assert.True(g.First().TimeMs >= killedAtMs - 1000, $"chat {g.Key} got the announcement twice, the first time well before the kill"));
    }

    private static List<SentMessage> Copies(IReadOnlyList<SentMessage> sent) => sent.Where(m => m.Text.Contains("Acqua sospesa", StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> Environment(PostgresSchema? database, string token, TelegramEmulator emulator)
    {
        var environment = database?.HostEnvironment("host-a") ?? [];
        environment["Telegram__Bots__0__Tenant"] = "milano";
        environment["Telegram__Bots__0__Token"] = token;
        environment["Telegram__Bots__0__ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/');
        environment["Telegram__Bots__0__Mode"] = "Polling";
        environment["Telegram__Polling__TimeoutSeconds"] = "1";
        environment["Telegram__Sending__LeaseSeconds"] = "5";
        environment["ChatAssistant__Leases__DurationSeconds"] = "3";
        environment["ChatAssistant__Announcements__PollEvery"] = "00:00:00.500";
        return environment;
    }

    private static async Task SubscribeAsync(TelegramEmulator emulator, string token, long chat, string place)
    {
        await emulator.SendAsCitizenAsync(token, chat, "/avvisi");
        await WaitForTextAsync(emulator, token, chat, "Di quale quartiere");
        await emulator.SendAsCitizenAsync(token, chat, place);
        await WaitForTextAsync(emulator, token, chat, "Vuoi ricevere qui gli avvisi");
        await emulator.SendAsCitizenAsync(token, chat, "sì");
        await WaitForTextAsync(emulator, token, chat, "Fatto! Riceverai qui gli avvisi");
    }

    private static Task WaitForTextAsync(TelegramEmulator emulator, string token, long chat, string text) =>
        WaitUntilAsync(async () => (await emulator.SentAsync(token)).Any(m => m.ChatId == chat.ToString(System.Globalization.CultureInfo.InvariantCulture) && m.Text.Contains(text, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), $"'{text}' in chat {chat}");

    private static async Task<(HttpStatusCode Status, string? Id, JsonObject Body)> PostAsync(HostProcess host, string bearer, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/announcements") { Content = JsonContent.Create(body) }.WithBearer(bearer);
        using var response = await host.Client.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        return (response.StatusCode, json["id"]?.GetValue<string>(), json);
    }

    private static async Task<JsonObject> WaitUntilFinishedAsync(HostProcess host, string bearer, string id)
    {
        JsonObject? last = null;
        await WaitUntilAsync(async () =>
        {
            using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"api/announcements/{id}").WithBearer(bearer));
            last = await response.Content.ReadFromJsonAsync<JsonObject>();
            return last?["status"]?.GetValue<string>() == "Sent";
        }, TimeSpan.FromSeconds(90), "the announcement to be sent");
        return last!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"Waited {limit.TotalSeconds} s for {what}.");
            await Task.Delay(200);
        }
    }

    /// <summary>A PNG signature followed by padding: really an image by its first bytes, of the given size.</summary>
    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}
