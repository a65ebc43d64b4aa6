using System.Globalization;
using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Reports;

/// <summary>
/// A municipality's day of usage counters is one document: _id "tenant|yyyy-MM-dd", a "day" field for the purge and
/// "c", an array of [dimension, key, count]. A year's report reads 365 documents, whatever the number of events.
/// </summary>
internal static class UsageDocuments
{
    public const string Collection = "usage_days";

    public static void EnsureCollections(LiteDatabase db) => db.GetCollection(Collection).EnsureIndex("day", "$.day");

    public static void Add(LiteDatabase db, IReadOnlyList<UsageCounter> counters, int maxQuestionsPerDay)
    {
        var days = db.GetCollection(Collection);
        var loaded = new Dictionary<string, Dictionary<(string, string), long>>(StringComparer.Ordinal);
        Dictionary<(string, string), long> Loaded(string tenantId, DateOnly day)
        {
            var id = Id(tenantId, day);
            if (!loaded.TryGetValue(id, out var current))
            {
                current = days.FindById(id) is { } document ? Counters(document) : [];
                loaded[id] = current;
            }

            return current;
        }

        var capped = QuestionCap.Apply(counters, (tenantId, day) =>
            Loaded(tenantId, day).Keys.Where(k => k.Item1 == Dimensions.Question).Select(k => k.Item2).ToHashSet(StringComparer.Ordinal), maxQuestionsPerDay);
        foreach (var group in capped.GroupBy(c => (c.TenantId, c.Day)))
        {
            var current = Loaded(group.Key.TenantId, group.Key.Day);
            foreach (var counter in group)
            {
                var key = (counter.Dimension, counter.Key);
                current[key] = current.GetValueOrDefault(key) + counter.Count;
            }

            days.Upsert(new BsonDocument
            {
                ["_id"] = Id(group.Key.TenantId, group.Key.Day),
                ["day"] = Day(group.Key.Day),
                ["c"] = new BsonArray(current.Select(c => new BsonArray { c.Key.Item1, c.Key.Item2, c.Value })),
            });
        }
    }

    public static IReadOnlyList<UsageTotal> Read(LiteDatabase db, string tenantId, DateOnly from, DateOnly to, int topQuestions)
    {
        var totals = new List<UsageTotal>();
        var summed = new Dictionary<(string, string), long>();
        var documents = db.GetCollection(Collection).Find(Query.Between("_id", Id(tenantId, from), Id(tenantId, to)));
        foreach (var document in documents)
        {
            var day = DateOnly.ParseExact(document["day"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var ((dimension, key), count) in Counters(document))
            {
                if (Dimensions.PerDay.Contains(dimension))
                {
                    totals.Add(new UsageTotal(dimension, key, count, day));
                }
                else
                {
                    summed[(dimension, key)] = summed.GetValueOrDefault((dimension, key)) + count;
                }
            }
        }

        totals.AddRange(summed.Where(s => s.Key.Item1 != Dimensions.Question).Select(s => new UsageTotal(s.Key.Item1, s.Key.Item2, s.Value)));
        totals.AddRange(summed.Where(s => s.Key.Item1 == Dimensions.Question)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key.Item2, StringComparer.Ordinal).Take(topQuestions)
            .Select(s => new UsageTotal(Dimensions.Question, s.Key.Item2, s.Value)));
        return totals;
    }

    public static long PurgeBefore(LiteDatabase db, DateOnly day) =>
        db.GetCollection(Collection).DeleteMany(Query.LT("day", Day(day)));

    private static Dictionary<(string, string), long> Counters(BsonDocument document)
    {
        var counters = new Dictionary<(string, string), long>();
        foreach (var entry in document["c"].AsArray)
        {
            var triple = entry.AsArray;
            counters[(triple[0].AsString, triple[1].AsString)] = triple[2].AsInt64;
        }

        return counters;
    }

    private static string Id(string tenantId, DateOnly day) => tenantId + "|" + Day(day);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
