using System.Text.RegularExpressions;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Codes;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.CivicReports.Status;

/// <summary>
/// "stato segnalazione ABC123" / "report status ABC123", whatever the chat was doing: the status of one of the citizen's
/// own reports. Someone else's code gets the same answer as an unknown one, so a code found on paper tells nothing.
/// </summary>
public sealed partial class StatusQuery(ICivicReportStore store, IBotTexts texts) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (!context.Activity.IsMessage || Query().Match(context.Activity.Text ?? "") is not { Success: true } match)
        {
            await next();
            return;
        }

        var code = ShortCodes.Normalize(match.Groups["code"].Value);
        var report = code is null ? null : await store.GetAsync(context.Tenant.Id, code, cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code ?? match.Groups["code"].Value.Trim().ToUpperInvariant() };
        if (report is null || report.CitizenId != context.Citizen.Id)
        {
            context.SendText(TextTemplate.Fill(texts.Get("civic.status_unknown", context.Language), values));
            return;
        }

        values["status"] = texts.Get(CivicStatusNames.TextKey(report.Status), context.Language);
        values["category"] = texts.Get(CivicCategories.TextKey(report.Category), context.Language);
        var text = TextTemplate.Fill(texts.Get("civic.status_is", context.Language), values);
        if (report.Note is { Length: > 0 } note)
        {
            text += "\n" + TextTemplate.Fill(texts.Get("civic.status_note", context.Language), new Dictionary<string, string> { ["note"] = note });
        }

        context.SendText(text);
    }

    [GeneratedRegex(@"^\s*(stato\s+(della\s+)?(mia\s+)?segnalazione|report\s+status|status\s+of\s+(my\s+)?report)\s*:?\s*(?<code>[A-Za-z0-9][A-Za-z0-9 \-]{4,9})\s*[.?!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Query();
}
