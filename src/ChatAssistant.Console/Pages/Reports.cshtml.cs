using ChatAssistant.Core.Staff;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Reports;
using ChatAssistant.Reports.Drafts;
using ChatAssistant.Reports.Summary;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Pages;

/// <summary>
/// The coordinators' reports of their own municipality for a period (default: the last 30 days): key figures, charts
/// with their numbers, exports, the questions not understood with a draft knowledge entry made from those picked.
/// </summary>
[Authorize(Policy = StaffPolicies.Coordinator)]
public sealed class ReportsModel(ReportService reports, ITenantDirectory tenants, TimeProvider clock, IOptions<ReportOptions> options) : PageModel
{
    public const string Path = "/console/reports";

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty]
    public List<string> Questions { get; set; } = [];

    public ReportSummary? Summary { get; private set; }

    public string? Problem { get; private set; }

    public string? Draft { get; private set; }

    public string DraftName { get; private set; } = "";

    public string TimeZone => options.Value.TimeZone;

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostDraftAsync()
    {
        await LoadAsync();
        var picked = Questions.Where(q => Summary?.NotUnderstoodTop.Any(t => t.Question == q) == true).ToList();
        if (picked.Count == 0)
        {
            Problem = Localization.ConsoleText.Get("reports.draft.pick");
            return;
        }

        Draft = KnowledgeDraft.Write(picked, Today());
        DraftName = KnowledgeDraft.FileName(picked[0]);
    }

    public string ExportUrl(string format) =>
        $"/api/reports/export?format={format}&tenant={Uri.EscapeDataString(Summary?.Tenant ?? "")}&from={From}&to={To}";

    private async Task LoadAsync()
    {
        var today = Today();
        From ??= today.AddDays(-29).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To ??= today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tenant = User.Tenant();
        if (tenant is null || tenants.Find(tenant) is null)
        {
            Problem = "?";
            return;
        }

        if (ReportPeriod.Parse(From, To, options.Value.MaxPeriodDays, out var problem) is not { } period)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Summary = await reports.SummarizeAsync(tenant, period, HttpContext.RequestAborted);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ReportTimeZone.Of(options.Value)).DateTime);
}
