using System.Globalization;
using ChatAssistant.CivicReports.Photos;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Files;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Filing;

/// <summary>
/// <c>civic.check_photo</c>: the "no photo" button, or a photo that is really an image and not too large (fetched here
/// to be sure, and again when the report is filed: the flow's state keeps only the channel's file id).
/// </summary>
public sealed class CheckPhotoAction(IChannelFiles files, IOptions<CivicReportOptions> options) : IDialogAction
{
    public const string Name = "civic.check_photo";
    public const string NoPhotoButton = "civic.no_photo";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var answer = context.Values.TryGetValue(CivicValues.PhotoAnswer, out var a) ? a.Trim() : "";
        context.Values.Remove(CivicValues.PhotoFile);
        if (CivicValues.IsButton(context, answer, NoPhotoButton))
        {
            context.Values[CivicValues.Outcome] = CivicValues.Ok;
            return ActionOutcome.Continue;
        }

        var turn = context.Turn;
        if (answer != SharedInput.Marker || SharedInput.File(turn.Activity) is not { } file)
        {
            CivicValues.AskAgain(context, "civic.photo_retry");
            return ActionOutcome.Continue;
        }

        var max = options.Value.MaxPhotoBytes;
        var tooLarge = new Dictionary<string, string> { ["max"] = (max / (1024 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) };
        if (!PhotoCheck.MayBeImage(file.MimeType))
        {
            CivicValues.AskAgain(context, "civic.photo_not_image");
            return ActionOutcome.Continue;
        }

        if (file.Size > max)
        {
            CivicValues.AskAgain(context, "civic.photo_too_large", tooLarge);
            return ActionOutcome.Continue;
        }

        var download = await files.DownloadAsync(turn.Tenant.Id, turn.Activity.ChannelId ?? "", file.FileId, max, cancellationToken);
        switch (download.Status)
        {
            case ChannelFileStatus.TooLarge:
                CivicValues.AskAgain(context, "civic.photo_too_large", tooLarge);
                return ActionOutcome.Continue;
            case ChannelFileStatus.Unavailable:
                CivicValues.AskAgain(context, "civic.photo_unavailable");
                return ActionOutcome.Continue;
            case ChannelFileStatus.Ok when PhotoCheck.ContentTypeOf(download.Bytes) is null:
                CivicValues.AskAgain(context, "civic.photo_not_image");
                return ActionOutcome.Continue;
            case ChannelFileStatus.Ok:
                context.Values[CivicValues.PhotoFile] = file.FileId;
                context.Values[CivicValues.Outcome] = CivicValues.Ok;
                turn.SendText(context.Text("civic.photo_ok"));
                return ActionOutcome.Continue;
        }

        return ActionOutcome.Continue;
    }
}
