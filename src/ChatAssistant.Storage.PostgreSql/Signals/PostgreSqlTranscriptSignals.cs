using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Signals;

/// <summary>
/// Transcript signals between hosts: every commit that appends to a transcript sends <c>NOTIFY</c> on
/// <see cref="Channel"/> with the conversation key (inside its statement, so it is delivered only if the commit is), and
/// each host LISTENs on one connection of its own and raises the key locally. A lost connection is opened again with
/// backoff; signals sent meanwhile are missed, which the streams' periodic read of the store covers.
/// </summary>
public sealed partial class PostgreSqlTranscriptSignals(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PostgreSqlTranscriptSignals> logger)
    : BackgroundService, ITranscriptSignals
{
    public const string Channel = "chatassistant_transcript";

    private readonly LocalTranscriptSignals _local = new();

    public IDisposable Subscribe(Action<string> onAppended) => _local.Subscribe(onAppended);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, notification) => _local.Raise(notification.Payload);
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
        [LoggerMessage(LogLevel.Warning, "Listening for other hosts' replies failed ({Reason}); listening again in {Seconds} s")]
        public static partial void Lost(ILogger logger, string reason, double seconds);
    }
}
