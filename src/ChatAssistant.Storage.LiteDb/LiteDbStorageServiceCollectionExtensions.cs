using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Storage.LiteDb.Accounts;
using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Storage.LiteDb.Handoff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Storage.LiteDb;

public static class LiteDbStorageServiceCollectionExtensions
{
    /// <summary>
    /// One <see cref="LiteDbStore"/> for the process, serving <see cref="IConversationStore"/>, <see cref="ICitizenStore"/>,
    /// <see cref="IOutboxStore"/>, <see cref="ILeaseStore"/>, <see cref="ISharedSecrets"/>, <see cref="ITranscriptSignals"/> and <see cref="IStoreHealth"/>, with its file in ChatAssistant:DataDirectory. The container disposes it at
    /// shutdown, which commits queued writes and releases the file.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.AddOptions<LiteDbStorageOptions>().BindConfiguration(LiteDbStorageOptions.Section)
            .Validate(o => o.MaxBatchSize is > 0 and <= 10_000, "ChatAssistant:Storage:LiteDb:MaxBatchSize must be between 1 and 10000.")
            .ValidateOnStart();
        services.AddSingleton(sp => new LiteDbStore(
            sp.GetRequiredService<IOptions<ChatAssistantOptions>>().Value.DataDirectory,
            sp.GetRequiredService<IOptions<LiteDbStorageOptions>>().Value));
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<ICitizenStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<ILeaseStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<ISharedSecrets>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<IStoreHealth>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<IRetentionStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton(sp => sp.GetRequiredService<LiteDbStore>().TranscriptSignals);
        services.AddSingleton<ChatAssistant.Appointments.Storage.IAppointmentStore>(sp => new Appointments.LiteDbAppointmentStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<ChatAssistant.Appointments.Storage.IDeskStore>(sp => new Appointments.LiteDbDeskStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<IStaffAccountStore>(sp => new LiteDbStaffAccountStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<IDataProtectionKeyStore>(sp => new LiteDbDataProtectionKeyStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<IHandoffStore>(sp => new LiteDbHandoffStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<IVolunteerPresenceStore>(sp => new LiteDbVolunteerPresenceStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<ChatAssistant.CivicReports.Storage.ICivicReportStore>(sp => new CivicReports.LiteDbCivicReportStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<ChatAssistant.Reports.Storage.IReportStore>(sp => new Reports.LiteDbReportStore(sp.GetRequiredService<LiteDbStore>()));
        services.AddSingleton<ChatAssistant.Announcements.Storage.IAnnouncementStore>(sp => new Announcements.LiteDbAnnouncementStore(sp.GetRequiredService<LiteDbStore>()));
        return services;
    }
}
