using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>GET /api/handoff/events read as a console would: each citizen-message event's ticket and text.</summary>
public sealed class HandoffEventStream(Uri baseAddress, string token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Ticket, string Text)> _messages = Channel.CreateUnbounded<(string, string)>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Kind, string Ticket)> _events = new();

    public async Task StartAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/handoff/events", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.EnsureSuccessStatusCode();
        _ = Task.Run(() => ReadAsync(response));
    }

    /// <summary>The next citizen message of <paramref name="ticket"/> containing <paramref name="contains"/>.</summary>
    public async Task<string> WaitForAsync(string ticket, string contains, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (true)
        {
            var (id, text) = await _messages.Reader.ReadAsync(timeout.Token);
            if (id == ticket && text.Contains(contains, StringComparison.Ordinal))
            {
                return text;
            }
        }
    }

    /// <summary>Waits until an event of <paramref name="kind"/> about <paramref name="ticket"/> has arrived (claimed, closed, ...).</summary>
    public async Task WaitForEventAsync(string kind, string ticket, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (!_events.Contains((kind, ticket)))
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"No {kind} event for {ticket} within {within.TotalSeconds} s; heard: {string.Join(", ", _events)}");
            }

            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal) && JsonNode.Parse(line[5..]) is JsonObject any)
                {
                    _events.Enqueue((any["kind"]?.GetValue<string>() ?? "", any["ticketId"]?.GetValue<string>() ?? ""));
                }

                if (line.StartsWith("data:", StringComparison.Ordinal) && JsonNode.Parse(line[5..]) is JsonObject e
                    && e["kind"]?.GetValue<string>() == "citizen-message")
                {
                    _messages.Writer.TryWrite((e["ticketId"]!.GetValue<string>(), e["text"]?.GetValue<string>() ?? ""));
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // The test ended.
        }
        finally
        {
            response.Dispose();
        }
    }
}
