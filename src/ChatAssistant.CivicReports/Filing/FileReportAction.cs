using ChatAssistant.CivicReports.Photos;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Codes;
using ChatAssistant.Core.Files;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Filing;

/// <summary>
/// <c>civic.file</c>: stores the report (and its photo, fetched again from the channel) under a new ticket code and
/// tells the citizen the code and how to ask about it. A photo that cannot be fetched now is left out, and said so.
/// </summary>
public sealed class FileReportAction(ICivicReportStore store, IChannelFiles files, IOptions<CivicReportOptions> options, TimeProvider clock) : IDialogAction
{
    public const string Name = "civic.file";

    /// <summary>Codes are random over 32^6: a clash is rare, several in a row mean something else is wrong.</summary>
    private const int CodeAttempts = 5;

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var values = context.Values;
        var photo = values.TryGetValue(CivicValues.PhotoFile, out var fileId) ? await FetchAsync(context, fileId, cancellationToken) : null;
        if (values.ContainsKey(CivicValues.PhotoFile) && photo is null)
        {
            turn.SendText(context.Text("civic.photo_left_out"));
            values.Remove(CivicValues.PhotoFile);
        }

        var position = CheckPlaceAction.Position(values);
        var now = clock.GetUtcNow();
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var report = new CivicReport
            {
                TenantId = turn.Tenant.Id,
                Code = ShortCodes.New(),
                CitizenId = turn.Citizen.Id,
                ChannelId = turn.Activity.ChannelId ?? "",
                ConversationId = turn.Activity.Conversation?.Id ?? "",
                CitizenUserId = turn.Activity.From?.Id ?? "",
                Language = turn.Language,
                Category = values.TryGetValue(CivicValues.Category, out var c) && CivicCategories.IsKnown(c) ? c : CivicCategories.Other,
                Description = values.TryGetValue(CivicValues.Description, out var d) ? d.Trim() : "",
                Place = values.TryGetValue(CivicValues.Place, out var p) ? p : "",
                Latitude = position?.Latitude,
                Longitude = position?.Longitude,
                HasPhoto = photo is not null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (await store.TryInsertAsync(report, photo, cancellationToken))
            {
                turn.SendText(context.Text("civic.filed", new Dictionary<string, string> { ["code"] = report.Code }));
                return ActionOutcome.Continue;
            }
        }

        throw new InvalidOperationException($"No free report code after {CodeAttempts} attempts for {turn.Tenant.Id}: check the civic report store.");
    }

    private async Task<CivicPhoto?> FetchAsync(ActionContext context, string fileId, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var download = await files.DownloadAsync(turn.Tenant.Id, turn.Activity.ChannelId ?? "", fileId, options.Value.MaxPhotoBytes, cancellationToken);
        return download is { Status: ChannelFileStatus.Ok, Bytes: { } bytes } && PhotoCheck.ContentTypeOf(bytes) is { } type
            ? new CivicPhoto(type, bytes)
            : null;
    }
}
