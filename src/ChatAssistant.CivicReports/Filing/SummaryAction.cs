using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.CivicReports.Filing;

/// <summary><c>civic.summary</c>: what will be sent, so the citizen can check it before confirming.</summary>
public sealed class SummaryAction : IDialogAction
{
    public const string Name = "civic.summary";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        context.Turn.SendText(context.Text("civic.summary", Describe(context)));
        return Task.FromResult(ActionOutcome.Continue);
    }

    /// <summary>The placeholders of the summary and of the filed message: category, description, place, photo.</summary>
    internal static Dictionary<string, string> Describe(ActionContext context)
    {
        var values = context.Values;
        var category = values.TryGetValue(CivicValues.Category, out var c) && CivicCategories.IsKnown(c) ? c : CivicCategories.Other;
        var place = CheckPlaceAction.Position(values) is not null
            ? context.Text("civic.place_shared")
            : values.TryGetValue(CivicValues.Place, out var p) && p.Length > 0 ? p : context.Text("civic.place_none");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["category"] = context.Text(CivicCategories.TextKey(category)),
            ["description"] = values.TryGetValue(CivicValues.Description, out var d) ? d.Trim() : "",
            ["place"] = place,
            ["photo"] = context.Text(values.ContainsKey(CivicValues.PhotoFile) ? "civic.photo_yes" : "civic.photo_no"),
        };
    }
}
