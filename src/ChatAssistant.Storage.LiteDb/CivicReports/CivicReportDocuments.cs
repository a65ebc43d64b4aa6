using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.CivicReports;

/// <summary>
/// Reports as documents (the queried fields beside the report's JSON) and photos in LiteDB's file storage under
/// "civic/&lt;report id&gt;": written, moved and deleted together on the store's one writer.
/// </summary>
internal static class CivicReportDocuments
{
    public const string Collection = "civic_reports";

    public static void EnsureCollections(LiteDatabase db)
    {
        var reports = db.GetCollection(Collection);
        reports.EnsureIndex("tenant", "$.tenant");
        reports.EnsureIndex("citizen", "$.citizen");
        reports.EnsureIndex("closedAt", "$.closedAt");
        foreach (var name in new[] { "_files", "_chunks" })
        {
            if (!db.CollectionExists(name))
            {
                var collection = db.GetCollection(name);
                collection.Insert(new BsonDocument { ["_id"] = "created" });
                collection.Delete("created");
            }
        }
    }

    public static string Id(string tenantId, string code) => OrderedKey.Part(tenantId) + code;

    public static string PhotoId(string reportId) => "civic/" + reportId;

    public static bool Insert(LiteDatabase db, CivicReport report, CivicPhoto? photo)
    {
        var reports = db.GetCollection(Collection);
        var id = Id(report.TenantId, report.Code);
        if (reports.FindById(id) is not null)
        {
            return false;
        }

        reports.Insert(ToDocument(id, report));
        if (photo is not null)
        {
            using var content = new MemoryStream(photo.Bytes, writable: false);
            db.FileStorage.Upload(PhotoId(id), report.Code, content, new BsonDocument { ["contentType"] = photo.ContentType });
        }

        return true;
    }

    public static CivicReport? Get(LiteDatabase db, string tenantId, string code) =>
        db.GetCollection(Collection).FindById(Id(tenantId, code)) is { } document ? FromDocument(document) : null;

    public static CivicPhoto? Photo(LiteDatabase db, string tenantId, string code)
    {
        if (db.FileStorage.FindById(PhotoId(Id(tenantId, code))) is not { } file)
        {
            return null;
        }

        using var content = new MemoryStream();
        file.CopyTo(content);
        return new CivicPhoto(file.Metadata["contentType"].AsString, content.ToArray());
    }

    public static IReadOnlyList<CivicReport> List(LiteDatabase db, string tenantId, CivicReportStatus? status, string? category, int limit) =>
        db.GetCollection(Collection).Find(Query.EQ("tenant", tenantId))
            .Where(d => (status is null || d["status"].AsInt32 == (int)status) && (category is null || d["category"].AsString == category))
            .Select(FromDocument)
            .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Take(Math.Max(0, limit))
            .ToList();

    public static bool Move(LiteDatabase db, string tenantId, string code, CivicReportStatus from, CivicReportStatus to, string? note, DateTimeOffset at)
    {
        var reports = db.GetCollection(Collection);
        var id = Id(tenantId, code);
        if (reports.FindById(id) is not { } document || document["status"].AsInt32 != (int)from)
        {
            return false;
        }

        var report = FromDocument(document);
        report.Status = to;
        report.Note = note ?? report.Note;
        report.UpdatedAt = at;
        report.ClosedAt = to == CivicReportStatus.Closed ? at : report.ClosedAt;
        return reports.Update(ToDocument(id, report));
    }

    public static int PurgeClosed(LiteDatabase db, DateTimeOffset closedBefore) =>
        Delete(db, Query.And(Query.Not("closedAt", BsonValue.Null), Query.LT("closedAt", closedBefore.UtcDateTime)));

    /// <summary>Every report of the citizen, with its photo (the right to be forgotten).</summary>
    public static int EraseCitizen(LiteDatabase db, string citizenId) => Delete(db, Query.EQ("citizen", citizenId));

    private static int Delete(LiteDatabase db, BsonExpression query)
    {
        var reports = db.GetCollection(Collection);
        var ids = reports.Find(query).Select(d => d["_id"].AsString).ToList();
        foreach (var id in ids)
        {
            db.FileStorage.Delete(PhotoId(id));
            reports.Delete(id);
        }

        return ids.Count;
    }

    private static BsonDocument ToDocument(string id, CivicReport report) => new()
    {
        ["_id"] = id,
        ["tenant"] = report.TenantId,
        ["citizen"] = report.CitizenId,
        ["status"] = (int)report.Status,
        ["category"] = report.Category,
        ["closedAt"] = report.ClosedAt is { } closed ? new BsonValue(closed.UtcDateTime) : BsonValue.Null,
        ["json"] = CivicReportJson.Serialize(report),
    };

    private static CivicReport FromDocument(BsonDocument document) => CivicReportJson.Deserialize(document["json"].AsString);
}
