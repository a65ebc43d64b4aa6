using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Hosting;

/// <summary>The proxies in front of the host (nginx, Apache, a load balancer) whose X-Forwarded-* headers are believed.</summary>
internal sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>IP addresses (10.0.0.5) or networks (10.0.0.0/24), besides this machine's own loopback, always trusted.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}

/// <summary>
/// Behind a proxy every request comes from the proxy's address and over plain HTTP: the web chat's token limit would
/// count all citizens as one address, and Direct Line would hand an https page a ws:// stream URL the browser refuses.
/// So the client address and scheme are taken from X-Forwarded-For and X-Forwarded-Proto, but only when the request
/// comes from a trusted proxy: anyone else could forge them to escape the limit.
/// </summary>
internal static class ReverseProxy
{
    public static WebApplicationBuilder TrustConfiguredProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>()
            .BindConfiguration(ReverseProxyOptions.Section)
            .Validate(
                o => o.TrustedProxies.TrueForAll(entry => TryParse(entry, out _, out _)),
                "ReverseProxy:TrustedProxies must list IP addresses (10.0.0.5) or networks (10.0.0.0/24).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxies) =>
        {
            // The defaults already trust the loopback: a proxy on the same machine works without settings.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in proxies.Value.TrustedProxies)
            {
                if (!TryParse(entry, out var address, out var network))
                {
                    continue; // refused at start-up by the validation above
                }

                if (address is not null)
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(network!.Value);
                }
            }
        });
        return builder;
    }

    private static bool TryParse(string entry, out IPAddress? address, out System.Net.IPNetwork? network)
    {
        address = null;
        network = null;
        if (entry.Contains('/', StringComparison.Ordinal))
        {
            var parsed = System.Net.IPNetwork.TryParse(entry, out var value);
            network = parsed ? value : null;
            return parsed;
        }

        return IPAddress.TryParse(entry, out address);
    }
}
