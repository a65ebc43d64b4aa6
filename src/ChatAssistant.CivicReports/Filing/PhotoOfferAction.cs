using ChatAssistant.Core.Activities;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.CivicReports.Filing;

/// <summary><c>civic.photo_offer</c>: only Telegram carries photos (the web chat refuses files), so elsewhere the question is skipped.</summary>
public sealed class PhotoOfferAction : IDialogAction
{
    public const string Name = "civic.photo_offer";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Remove(CivicValues.PhotoFile);
        context.Values[CivicValues.Outcome] = context.Turn.Activity.ChannelId == ChannelIds.Telegram ? CivicValues.Ok : CivicValues.Skip;
        return Task.FromResult(ActionOutcome.Continue);
    }
}
