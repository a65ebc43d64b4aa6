using ChatAssistant.Core.Signals;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Signals;

/// <summary>
/// Signals between hosts, on one LISTEN connection per host. Transcript signals: every commit that appends to a
/// transcript sends <c>NOTIFY</c> on <see cref="Channel"/> with the conversation key (inside its statement, so it is
/// delivered only if the commit is). Host signals (<see cref="IHostSignals"/>): "topic\nmessage" on <see cref="HostChannel"/>.
/// A lost connection is opened again with backoff; signals sent meanwhile are missed, which the readers of the store cover.
/// </summary>
public sealed partial class PostgreSqlSignals(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PostgreSqlSignals> logger)
    : BackgroundService, ITranscriptSignals, IHostSignals
{
    public const string Channel = "chatassistant_transcript";

    public const string HostChannel = "chatassistant_hosts";

    private readonly LocalTranscriptSignals _local = new();
    private readonly LocalHostSignals _hosts = new();

    public IDisposable Subscribe(Action<string> onAppended) => _local.Subscribe(onAppended);

    public IDisposable Subscribe(string topic, Action<string> onMessage) => _hosts.Subscribe(topic, onMessage);

    /// <summary>Delivered to this host too, through its own LISTEN, like to every other.</summary>
    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var notify = new NpgsqlCommand($"SELECT pg_notify('{HostChannel}', @payload)", connection);
            notify.Parameters.Text("payload", topic + "\n" + message);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    private void Heard(NpgsqlNotificationEventArgs notification)
    {
        if (notification.Channel == Channel)
        {
            _local.Raise(notification.Payload);
            return;
        }

        var newline = notification.Payload.IndexOf('\n', StringComparison.Ordinal);
        if (newline > 0)
        {
            _hosts.Raise(notification.Payload[..newline], notification.Payload[(newline + 1)..]);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, notification) => Heard(notification);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}; LISTEN {HostChannel}", connection))
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
        [LoggerMessage(LogLevel.Warning, "Listening for other hosts' replies failed ({Reason}); listening again in {Seconds} s")]
        public static partial void Lost(ILogger logger, string reason, double seconds);
    }
}
