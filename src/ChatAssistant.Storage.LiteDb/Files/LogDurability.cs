using System.Reflection;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// What makes the data file durable up to its last commit; the applier needs it before it deletes journal segments,
/// and before it tells a caller waiting for the file (an outbox claim). LiteDB 5.0.20's Commit only queues the pages
/// for its background log writer (DiskWriterQueue); recovery on open replays every confirmed transaction found in the
/// log. So a commit is durable once that queue has written its pages and the log is fsynced: no checkpoint needed
/// (a checkpoint takes the exclusive lock, copies the log into the data file and empties LiteDB's page cache).
/// LiteDB still checkpoints on its own when the log reaches its checkpoint size, and at shutdown.
/// The queue is internal to LiteDB, so it is found by reflection, checked against 5.0.20's layout at start-up; if the
/// layout is not what is expected, it falls back to a full Checkpoint (slower, equally durable).
/// </summary>
internal static class LogDurability
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static Action Create(SerializedDatabase db, WriteAheadStreams.LogStream log)
    {
        var waitForQueue = db.Run(TryFindQueueWait);
        if (waitForQueue is null)
        {
            return () => db.Run(database => database.Checkpoint());
        }

        return () =>
        {
            waitForQueue();
            log.FsyncIfWritten();
        };
    }

    private static Action? TryFindQueueWait(LiteDatabase db)
    {
        try
        {
            var engine = typeof(LiteDatabase).GetField("_engine", Instance)?.GetValue(db);
            var disk = engine?.GetType().GetField("_disk", Instance)?.GetValue(engine);
            var lazy = disk?.GetType().GetProperty("Queue", Instance)?.GetValue(disk);
            var queue = lazy?.GetType().GetProperty("Value")?.GetValue(lazy);
            if (queue is null)
            {
                return null;
            }

            var isEmpty = queue.GetType().GetField("_queueIsEmpty", Instance)?.GetValue(queue) as ManualResetEventSlim;
            var failure = queue.GetType().GetField("_exception", Instance);
            if (isEmpty is null || failure is null || failure.FieldType != typeof(Exception))
            {
                return null;
            }

            return () =>
            {
                // The writer sets the event when its queue runs empty; if it died on an I/O error it never will.
                while (!isEmpty.Wait(Poll))
                {
                    if (failure.GetValue(queue) is Exception error)
                    {
                        throw new IOException("LiteDB's log writer failed: " + error.Message, error);
                    }
                }

                if (failure.GetValue(queue) is Exception failed)
                {
                    throw new IOException("LiteDB's log writer failed: " + failed.Message, failed);
                }
            };
        }
        catch (Exception ex) when (ex is TargetException or MemberAccessException or InvalidOperationException)
        {
            return null;
        }
    }
}
