using System.Globalization;
using ChatAssistant.Announcements.Api;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages.Announcements;

/// <summary>
/// Compose (title, text, link, image, neighbourhoods, now or at a time), preview as citizens see it, and the list with
/// live progress; edit or cancel one not yet sent, approve (coordinators), retract one sent. The same
/// <see cref="AnnouncementService"/> as POST /api/announcements, so the page and the API refuse the same things.
/// </summary>
[RequestSizeLimit(16 * 1024 * 1024)]
public sealed class IndexModel(AnnouncementService service, IAnnouncementStore store, NeighbourhoodCatalog catalog, TimeProvider clock) : PageModel
{
    public static readonly TimeZoneInfo Local = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public List<string> Neighbourhoods { get; set; } = [];
    [BindProperty] public string When { get; set; } = "now";
    [BindProperty] public DateTime? SendAt { get; set; }
    [BindProperty] public IFormFile? Image { get; set; }
    [BindProperty] public string? EditId { get; set; }

    public IReadOnlyList<Neighbourhood> Available { get; private set; } = [];
    public IReadOnlyList<AnnouncementView> List { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Message { get; private set; }
    public string? PreviewText { get; private set; }
    public bool CanApprove => Publisher?.CanApprove == true;

    private Publisher? Publisher => Publisher.From(User);

    public async Task OnGetAsync(string? edit)
    {
        if (edit is not null && Publisher is { } p && await service.VisibleAsync(p, edit, HttpContext.RequestAborted) is { Status: AnnouncementStatus.Scheduled or AnnouncementStatus.PendingApproval } a)
        {
            (EditId, Title, Text, Link, Neighbourhoods) = (a.Id, a.Title, a.Text, a.Link, a.NeighbourhoodIds.ToList());
            (When, SendAt) = ("later", TimeZoneInfo.ConvertTime(a.SendAt, Local).DateTime);
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (Publisher is not { } publisher)
        {
            return Forbid();
        }

        var draft = await DraftAsync();
        if (draft is null)
        {
            await LoadAsync();
            return Page();
        }

        var outcome = EditId is { Length: > 0 }
            ? await service.EditAsync(publisher, EditId, draft, HttpContext.RequestAborted)
            : await service.CreateAsync(publisher, draft, HttpContext.RequestAborted);
        if (outcome.Kind == ComposeOutcomeKind.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        if (outcome.Kind != ComposeOutcomeKind.Done)
        {
            Problems = outcome.Problems.Select(AnnouncementTexts.Of).ToList();
            if (outcome.Kind == ComposeOutcomeKind.Invalid)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            await LoadAsync();
            return Page();
        }

        TempData["message"] = AnnouncementTexts.Get("created");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var draft = await DraftAsync();
        if (draft is not null && Publisher is { } publisher)
        {
            PreviewText = AnnouncementMessage.Text(new Announcement
            {
                Id = "preview", TenantId = publisher.TenantId, NeighbourhoodIds = draft.Neighbourhoods, Title = draft.Title ?? "", Text = draft.Text ?? "",
                Link = draft.Link, Status = AnnouncementStatus.Scheduled, SendAt = clock.GetUtcNow(), CreatedBy = publisher.Id, CreatedAt = clock.GetUtcNow(),
            }, catalog.Find(publisher.TenantId), ConsoleLanguage());
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostCancelAsync(string id) => ActAsync(p => service.CancelOrRetractAsync(p, id, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostApproveAsync(string id) => ActAsync(p => service.ApproveAsync(p, id, HttpContext.RequestAborted));

    private async Task<IActionResult> ActAsync(Func<Publisher, Task<ComposeOutcome>> act)
    {
        if (Publisher is not { } publisher)
        {
            return Forbid();
        }

        var outcome = await act(publisher);
        TempData["message"] = outcome.Kind == ComposeOutcomeKind.Done ? AnnouncementTexts.Get("cancelled") : string.Join(" ", outcome.Problems.Select(AnnouncementTexts.Of));
        return RedirectToPage();
    }

    private async Task<AnnouncementDraft?> DraftAsync()
    {
        byte[]? image = null;
        if (Image is { Length: > 0 })
        {
            // Read one byte past the limit at most: enough to know it is too large without holding a huge file.
            using var buffer = new MemoryStream();
            await Image.OpenReadStream().CopyToAsync(buffer, HttpContext.RequestAborted);
            image = buffer.ToArray();
        }

        DateTimeOffset? sendAt = null;
        if (When == "later")
        {
            if (SendAt is not { } local)
            {
                Problems = [ConsoleTextFor("Scegli data e ora, o «Subito».", "Choose a date and time, or «Now».")];
                return null;
            }

            sendAt = new DateTimeOffset(local, Local.GetUtcOffset(local));
        }

        return new AnnouncementDraft(Neighbourhoods, Title, Text, Link, sendAt, image);
    }

    private async Task LoadAsync()
    {
        Message ??= TempData["message"] as string;
        if (Publisher is not { } publisher)
        {
            return;
        }

        Available = catalog.Find(publisher.TenantId)?.All.Where(n => publisher.MayPublishTo(n.Id)).ToList() ?? [];
        var views = new List<AnnouncementView>();
        foreach (var a in await service.ListAsync(publisher, HttpContext.RequestAborted))
        {
            views.Add(await AnnouncementsApi.ViewOf(store, a, HttpContext.RequestAborted));
        }

        List = views;
    }

    public static string LocalTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Local).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string ConsoleLanguage() => Localization.ConsoleText.IsEnglish ? "en" : "it";

    private static string ConsoleTextFor(string it, string en) => Localization.ConsoleText.IsEnglish ? en : it;
}
