using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// One explicit LiteDB transaction around some work, on the calling thread (LiteDB's transactions are per thread:
/// never hold one across an await): committed if the work returns, rolled back and rethrown if it throws.
/// </summary>
internal static class StoreTransactions
{
    public static T InTransaction<T>(this LiteDatabase db, Func<T> work)
    {
        db.BeginTrans();
        T result;
        try
        {
            result = work();
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        return result;
    }

    public static void InTransaction(this LiteDatabase db, Action work) =>
        db.InTransaction(() =>
        {
            work();
            return true;
        });
}
