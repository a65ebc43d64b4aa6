using System.Threading.RateLimiting;
using ChatAssistant.Channels.DirectLine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Limits;

/// <summary>
/// Activities a client may post, of every type, per client address and per conversation (sliding windows of one
/// minute). Counted before the body is even read, so a flood costs neither the store nor the pipeline.
/// </summary>
public sealed class DirectLineActivityLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perConversation;

    public DirectLineActivityLimiter(IOptions<DirectLineOptions> options)
    {
        _perAddress = Create(options.Value.ActivitiesPerMinutePerAddress);
        _perConversation = Create(options.Value.ActivitiesPerMinutePerConversation);
    }

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string addressKey, string conversationId)
    {
        using var address = _perAddress.AttemptAcquire(addressKey);
        if (!address.IsAcquired)
        {
            return WaitOf(address);
        }

        using var conversation = _perConversation.AttemptAcquire(conversationId);
        return conversation.IsAcquired ? null : WaitOf(conversation);
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perConversation.Dispose();
    }

    private static TimeSpan WaitOf(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
}
