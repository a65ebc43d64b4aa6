using System.Globalization;
using ChatAssistant.Appointments.Agenda;
using ChatAssistant.Appointments.Api;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages.Appointments;

/// <summary>
/// The day's agenda of one desk for the volunteers and coordinators of its municipality: who is coming, mark arrived
/// or no-show, print. Another municipality's desk or booking is as if it did not exist.
/// </summary>
public sealed class AgendaModel(DeskCatalog catalog, DayAgenda agenda, AttendanceMarks marks) : PageModel
{
    public TenantDesks? Tenant { get; private set; }

    public AppointmentDesk? Desk { get; private set; }

    public DateOnly Day { get; private set; }

    public IReadOnlyList<AppointmentView> Appointments { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public string DayText => Day.ToString(ConsoleText.IsEnglish ? "dddd d MMMM yyyy" : "dddd d MMMM yyyy", CultureInfo.CurrentCulture);

    public string DayValue => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public Task OnGetAsync(string? desk, string? date) => LoadAsync(desk, date);

    public async Task OnPostMarkAsync(string? desk, string? date, string? code, bool arrived)
    {
        var tenant = User.Tenant() ?? "";
        if (string.IsNullOrEmpty(code) || !await marks.MarkAsync(tenant, code, arrived, HttpContext.RequestAborted))
        {
            Error = ConsoleText.Get("agenda.notfound");
        }

        await LoadAsync(desk, date);
        if (Error is null && Appointments.FirstOrDefault(a => a.Code == code) is { } marked)
        {
            Message = ConsoleText.Format("agenda.marked", marked.Name.Length > 0 ? marked.Name : code, ConsoleText.Get(arrived ? "agenda.arrived" : "agenda.noshow"));
        }
    }

    private async Task LoadAsync(string? desk, string? date)
    {
        Tenant = catalog.Find(User.Tenant() ?? "");
        if (Tenant is null || Tenant.Desks.Count == 0)
        {
            return;
        }

        Desk = (desk is null ? null : Tenant.Desk(desk)) ?? Tenant.Desks[0];
        Day = agenda.Today(Tenant);
        if (!string.IsNullOrEmpty(date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen))
            {
                Day = chosen;
            }
            else
            {
                Error = ConsoleText.Get("agenda.bad_date");
            }
        }

        Appointments = await agenda.ListAsync(Tenant, [Desk], Day, ConsoleText.IsEnglish ? "en" : "it", HttpContext.RequestAborted);
    }
}
