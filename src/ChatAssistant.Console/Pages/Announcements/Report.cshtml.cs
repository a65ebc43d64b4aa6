using ChatAssistant.Announcements.Api;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages.Announcements;

/// <summary>One announcement's final report: each recipient's outcome. Citizens show by channel and the end of their chat id only.</summary>
public sealed class ReportModel(AnnouncementService service, IAnnouncementStore store) : PageModel
{
    public AnnouncementView? View { get; private set; }

    public IReadOnlyList<Recipient> Recipients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (Publisher.From(User) is not { } publisher || await service.VisibleAsync(publisher, id, HttpContext.RequestAborted) is not { } announcement)
        {
            return NotFound();
        }

        View = await AnnouncementsApi.ViewOf(store, announcement, HttpContext.RequestAborted);
        Recipients = await store.ListRecipientsAsync(id, null, 100_000, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>"…4521": enough to tell two apart, too little to contact anyone.</summary>
    public static string Masked(string chatId) => chatId.Length <= 4 ? "…" : "…" + chatId[^4..];
}
