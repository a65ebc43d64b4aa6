using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Filing;

/// <summary>
/// <c>civic.check_place</c>: a position shared on Telegram, a typed address, or the "no place" button (a suggestion or a
/// complaint often has none). A position is kept rounded to about a metre: enough to find a pothole.
/// </summary>
public sealed class CheckPlaceAction(IOptions<CivicReportOptions> options) : IDialogAction
{
    public const string Name = "civic.check_place";
    public const string NoPlaceButton = "civic.no_place";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var answer = context.Values.TryGetValue(CivicValues.PlaceAnswer, out var a) ? a.Trim() : "";
        context.Values.Remove(CivicValues.Place);
        context.Values.Remove(CivicValues.Position);
        if (answer == SharedInput.Marker)
        {
            if (SharedInput.Location(context.Turn.Activity) is not var (latitude, longitude))
            {
                CivicValues.AskAgain(context, "civic.place_retry");
                return Task.FromResult(ActionOutcome.Continue);
            }

            context.Values[CivicValues.Position] = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(latitude, 5)};{Math.Round(longitude, 5)}");
        }
        else if (CivicValues.IsButton(context, answer, NoPlaceButton))
        {
            context.Values[CivicValues.Place] = "";
        }
        else if (answer.Length > options.Value.MaxPlaceLength || answer.Length < 3)
        {
            CivicValues.AskAgain(context, "civic.place_retry");
            return Task.FromResult(ActionOutcome.Continue);
        }
        else
        {
            context.Values[CivicValues.Place] = answer;
        }

        context.Values[CivicValues.Outcome] = CivicValues.Ok;
        return Task.FromResult(ActionOutcome.Continue);
    }

    /// <summary>The position kept by the check, if the citizen shared one.</summary>
    internal static (double Latitude, double Longitude)? Position(IDictionary<string, string> values) =>
        values.TryGetValue(CivicValues.Position, out var p) && p.Split(';') is [var lat, var lon]
        && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
        && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            ? (latitude, longitude)
            : null;
}
