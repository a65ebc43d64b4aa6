using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Assignment;

/// <summary>Renews this host's presence rows every ChatAssistant:Handoff:PresenceHeartbeatSeconds; a host that dies stops renewing and its volunteers expire.</summary>
public sealed partial class PresenceHeartbeat(VolunteerPresence presence, TimeProvider clock, IOptions<HandoffOptions> options, ILogger<PresenceHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PresenceHeartbeatSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await presence.BeatAsync(stoppingToken);
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.BeatFailed(logger, ex);
                await Task.Delay(interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the volunteers' presence; trying again at the next beat")]
        public static partial void BeatFailed(ILogger logger, Exception exception);
    }
}
