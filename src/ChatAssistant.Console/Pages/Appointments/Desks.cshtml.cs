using System.Globalization;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Desks.Editing;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages.Appointments;

/// <summary>
/// Coordinators edit their municipality's desks (name, address, weekly hours, services), each desk's closures and the
/// closures of every desk. Every form carries the version it was drawn from: if another coordinator saved meanwhile the
/// edit is refused and the page shows the latest data.
/// </summary>
public sealed class DesksModel(DeskCatalog catalog, DeskEditor editor) : PageModel
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public TenantDesks? Tenant { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    public static string DateText(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public void OnGet() => Load();

    public async Task OnPostSaveAsync(long version, string? id, string? name, string? address, [FromForm] Dictionary<string, string?> hours, [FromForm] List<string> services)
    {
        var week = Week.ToDictionary(d => d, d => hours.GetValueOrDefault(d.ToString()) ?? "");
        Show(await editor.SaveDeskAsync(User.Tenant() ?? "", version, new DeskEdit(id, name ?? "", address ?? "", week, services), User.Identity?.Name, HttpContext.RequestAborted));
    }

    public async Task OnPostAddClosureAsync(long version, string? desk, DateOnly? from, DateOnly? to, string? reason)
    {
        if (from is not { } start)
        {
            Show(DeskEditResult.Invalid("desks.bad_closure"));
            return;
        }

        Show(await editor.AddClosureAsync(User.Tenant() ?? "", version, NullIfEmpty(desk), new Closure(start, to ?? start, reason), User.Identity?.Name, HttpContext.RequestAborted));
    }

    public async Task OnPostRemoveClosureAsync(long version, string? desk, DateOnly from, DateOnly to, string? reason) =>
        Show(await editor.RemoveClosureAsync(User.Tenant() ?? "", version, NullIfEmpty(desk), new Closure(from, to, NullIfEmpty(reason)), User.Identity?.Name, HttpContext.RequestAborted));

    private void Show(DeskEditResult result)
    {
        if (result.Outcome == DeskEditOutcome.Saved)
        {
            Message = ConsoleText.Get("desks.saved");
        }
        else
        {
            Error = ConsoleText.Get(result.Problem ?? "desks.notfound");
        }

        Load();
    }

    private void Load() => Tenant = catalog.Find(User.Tenant() ?? "");

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
