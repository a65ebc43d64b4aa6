using ChatAssistant.Core.Staff;
using Hangfire.Dashboard;

namespace ChatAssistant.Host.Jobs;

/// <summary>The jobs dashboard is for coordinators and admins signed in to the console (the cookie's principal).</summary>
internal sealed class StaffDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && (user.IsInRole(StaffRoles.Coordinator) || user.IsInRole(StaffRoles.Admin));
    }
}
