using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages;

/// <summary>One chat; its content comes from /api/handoff/{id} (tenant and holder checked there).</summary>
public sealed class ChatModel : PageModel
{
    public string Id { get; private set; } = "";

    public void OnGet(string id) => Id = id;
}
