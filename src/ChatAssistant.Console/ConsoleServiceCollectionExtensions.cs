using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.Authorization;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.StaffConsole.Demo;
using ChatAssistant.StaffConsole.Hub;
using ChatAssistant.StaffConsole.SignIn;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The volunteer console: accounts, sign-in (cookie and bearer token) with the staff policies, the Data Protection
    /// key ring in the store, Razor Pages, the SignalR hub and the demo accounts. The store must provide
    /// <see cref="IStaffAccountStore"/> and <see cref="IDataProtectionKeyStore"/>; register after <c>AddHandoff()</c>,
    /// whose services the queue and chat pages and the hub use.
    /// </summary>
    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddConsoleAccounts();
        services.AddDataProtection().SetApplicationName("ChatAssistant");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<IDataProtectionKeyStore>())));
        services.AddStaffAuthentication();
        services.AddRazorPages(o =>
        {
            // Every page is for volunteers, except the announcements (committees too) and one's own password (any account).
            o.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                if (!model.ViewEnginePath.StartsWith("/Announcements", StringComparison.Ordinal) && model.ViewEnginePath != "/ChangePassword")
                {
                    model.EndpointMetadata.Add(new AuthorizeAttribute(StaffPolicies.Volunteer));
                }
            });
            o.Conventions.AuthorizeFolder("/Announcements", StaffPolicies.Committee);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AllowAnonymousToPage("/Language");
            o.Conventions.AllowAnonymousToPage("/SignOut");
            o.Conventions.AuthorizePage("/ChangePassword");
            o.Conventions.AuthorizePage("/Accounts/Index", StaffPolicies.Coordinator);
            o.Conventions.AuthorizePage("/Appointments/Desks", StaffPolicies.Coordinator);
        }).AddApplicationPart(typeof(ConsoleOptions).Assembly);
        services.AddSignalR();
        services.AddHostedService<HandoffEventRelay>();
        services.AddHostedService<AnnouncementProgressRelay>();
        services.AddHostedService<DemoAccountSeeding>();
        return services;
    }

    /// <summary>Accounts and password checks without the web parts (the CLI uses this).</summary>
    public static IServiceCollection AddConsoleAccounts(this IServiceCollection services)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            .Validate(o => o.IsValid(out _), "Console settings out of range: MaxFailedAttempts, LockoutMinutes, SessionHours and TokenMinutes at least 1, MinPasswordLength at least 8.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.TryAddSingleton<StaffAccounts>();
        services.TryAddSingleton<StaffSignIn>();
        return services;
    }
}
