using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Prometheus;

namespace ChatAssistant.Reports.Metrics;

/// <summary>GET /metrics in Prometheus' text format, for local requests and the networks of <see cref="MetricsOptions.AllowedNetworks"/>.</summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static async Task HandleAsync(HttpContext http, ScrapeTimeMetrics scrape, IOptions<MetricsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(scrape);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Value.Enabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!IsAllowed(http.Connection.RemoteIpAddress, options.Value.AllowedNetworks))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Metrics are open to local requests only",
                detail: "Add this network to ChatAssistant:Metrics:AllowedNetworks to read /metrics from it.").ExecuteAsync(http);
            return;
        }

        await scrape.CollectAsync(http.RequestAborted);
        http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>Loopback always; otherwise the address must fall in one of the listed networks.</summary>
    public static bool IsAllowed(IPAddress? remote, IEnumerable<string> networks)
    {
        if (remote is null)
        {
            // No remote address: an in-process test server, not the network.
            return true;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        return IPAddress.IsLoopback(remote) || networks.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(remote));
    }
}
