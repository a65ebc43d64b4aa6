using ChatAssistant.Core.Activities;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Filing;

/// <summary><c>civic.check_description</c>: a few words at least, and not a novel (the limit is a setting).</summary>
public sealed class CheckDescriptionAction(IOptions<CivicReportOptions> options) : IDialogAction
{
    public const string Name = "civic.check_description";

    private const int MinLength = 5;

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = context.Values.TryGetValue(CivicValues.Description, out var d) ? d.Trim() : "";
        var max = options.Value.MaxDescriptionLength;
        if (text == SharedInput.Marker || text.Length < MinLength)
        {
            CivicValues.AskAgain(context, "civic.description_short");
        }
        else if (text.Length > max)
        {
            CivicValues.AskAgain(context, "civic.description_long", new Dictionary<string, string> { ["max"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        else
        {
            context.Values[CivicValues.Outcome] = CivicValues.Ok;
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
