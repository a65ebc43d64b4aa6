using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Status;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Pages.CivicReports;

/// <summary>The tenant's citizens' reports, newest first, filtered by status and category (query string, so a filter is a link).</summary>
public sealed class CivicReportsModel(ICivicReportStore store, IOptions<CivicReportOptions> options) : PageModel
{
    public IReadOnlyList<CivicReport> Reports { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    public async Task OnGetAsync()
    {
        // An unknown filter value (a hand-edited link) shows everything rather than an error page.
        var status = CivicStatusNames.Parse(Status);
        Status = status is { } s ? CivicStatusNames.Of(s) : null;
        Category = CivicCategories.IsKnown(Category) ? Category : null;
        Reports = await store.ListAsync(User.Tenant() ?? "", status, Category, options.Value.ListLimit, HttpContext.RequestAborted);
    }
}
