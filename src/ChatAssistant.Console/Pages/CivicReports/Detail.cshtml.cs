using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Status;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages.CivicReports;

/// <summary>
/// One report of the tenant (another tenant's is "not found"): the details, the photo (served by
/// /api/civic-reports/{code}/photo to signed-in staff only) and the status move that tells the citizen.
/// </summary>
public sealed class CivicReportModel(ICivicReportStore store, StatusMoves moves) : PageModel
{
    public CivicReport? Report { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The statuses the report can still move to (only forward).</summary>
    public IEnumerable<CivicReportStatus> NextStatuses =>
        Report is null ? [] : Enum.GetValues<CivicReportStatus>().Where(s => s > Report.Status);

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, string? status, string? note)
    {
        var result = await moves.MoveAsync(User.Tenant() ?? "", code, status, note, HttpContext.RequestAborted);
        if (result.Error == StatusMoveError.NotFound)
        {
            return NotFound();
        }

        // The English reason is for the API; the page says it plainly in the reader's language.
        if (result.Succeeded)
        {
            Message = Localization.ConsoleText.Get("civic.moved");
        }
        else
        {
            Error = Localization.ConsoleText.Get(result.Error == StatusMoveError.Conflict ? "civic.conflict" : "civic.invalid");
        }

        await LoadAsync(code);
        return Page();
    }

    private async Task<bool> LoadAsync(string code)
    {
        Report = ChatAssistant.Core.Codes.ShortCodes.Normalize(code) is { } normalized
            ? await store.GetAsync(User.Tenant() ?? "", normalized, HttpContext.RequestAborted)
            : null;
        return Report is not null;
    }
}
