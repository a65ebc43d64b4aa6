using ChatAssistant.StaffConsole.Api.Auth;
using ChatAssistant.StaffConsole.Hub;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace ChatAssistant.StaffConsole;

public static class ConsoleEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Sign-in for every request (cookie or bearer), the console pages under /console, its assets under
    /// /console/assets, the hub at /console/hub and /api/auth.
    /// </summary>
    public static WebApplication MapConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot", "console");
        Directory.CreateDirectory(assets);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = ConsolePaths.Assets });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ConsolePaths.Root), b => b.UseRequestLocalization(ConsoleLanguage.Options()));
        app.UseMiddleware<FirstPasswordGate>();
        // A committee has no queue: its start page is the announcements.
        app.MapGet(ConsolePaths.Root, (System.Security.Claims.ClaimsPrincipal user) => Results.Redirect(
            user.IsInRole(ChatAssistant.Core.Staff.StaffRoles.Committee) ? ConsolePaths.Announcements : ConsolePaths.Queue)).AllowAnonymous();
        app.MapRazorPages();
        app.MapHub<ConsoleHub>(ConsolePaths.Hub);
        app.MapHub<AnnouncementsHub>(ConsolePaths.AnnouncementsHub);
        app.MapAuthApi();
        return app;
    }
}
