using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Storage.PostgreSql.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Announcements;

/// <summary>
/// Announcement signals between hosts: <c>pg_notify</c> on <see cref="Channel"/> with "tenant|id", and one LISTEN
/// connection per host that raises each locally; so the console on any host shows the progress the delivering host
/// records. A lost connection is opened again with backoff; the console's own refresh covers what it missed meanwhile.
/// </summary>
public sealed partial class PostgreSqlAnnouncementSignals(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PostgreSqlAnnouncementSignals> logger)
    : BackgroundService, IAnnouncementSignals
{
    public const string Channel = "chatassistant_announcements";

    private readonly LocalAnnouncementSignals _local = new();

    public Task PublishAsync(AnnouncementSignal signal, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.Text("channel", Channel).Text("payload", signal.TenantId + "|" + signal.AnnouncementId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public IDisposable Subscribe(Action<AnnouncementSignal> onSignal) => _local.Subscribe(onSignal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, n) =>
                {
                    var parts = n.Payload.Split('|', 2);
                    if (parts.Length == 2)
                    {
                        _local.Raise(new AnnouncementSignal(parts[0], parts[1]));
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                failures = 0;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
            {
                failures++;
                var backoff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5) - 1)));
                Log.Lost(logger, ex.Message, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Warning, "Listening for announcement progress from other hosts failed ({Reason}); listening again in {Seconds} s")]
        public static partial void Lost(ILogger logger, string reason, double seconds);
    }
}
