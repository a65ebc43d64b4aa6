using System.Threading.RateLimiting;
using ChatAssistant.Channels.DirectLine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.WebChat;

/// <summary>
/// ASP.NET's fixed-window rate limiter, partitioned by client address, for /api/webchat/token. Used directly by the
/// endpoint so it needs no global rate-limiter middleware or rejection handler.
/// </summary>
public sealed class WebChatTokenLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WebChatTokenLimiter(IOptions<DirectLineOptions> options)
    {
        var permits = options.Value.TokenRequestsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
