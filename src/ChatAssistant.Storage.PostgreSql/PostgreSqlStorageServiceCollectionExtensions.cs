using ChatAssistant.Core.Signals;
using ChatAssistant.Core.Storage;
using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Storage.PostgreSql.Accounts;
using ChatAssistant.Storage.PostgreSql.Citizens;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Storage.PostgreSql.Conversations;
using ChatAssistant.Storage.PostgreSql.Handoff;
using ChatAssistant.Storage.PostgreSql.Health;
using ChatAssistant.Storage.PostgreSql.Leases;
using ChatAssistant.Storage.PostgreSql.Outbox;
using ChatAssistant.Storage.PostgreSql.Retention;
using ChatAssistant.Storage.PostgreSql.Schema;
using ChatAssistant.Storage.PostgreSql.Secrets;
using ChatAssistant.Storage.PostgreSql.Signals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql;

public static class PostgreSqlStorageServiceCollectionExtensions
{
    /// <summary>
    /// The PostgreSQL stores for <see cref="IConversationStore"/>, <see cref="ICitizenStore"/>, <see cref="IOutboxStore"/>,
    /// <see cref="ILeaseStore"/>, <see cref="ISharedSecrets"/> and <see cref="IRetentionStore"/>, its <see cref="IStoreHealth"/> and the transcript signals
    /// and host signals between hosts (LISTEN/NOTIFY: <see cref="IHostSignals"/>),
    /// over one <see cref="NpgsqlDataSource"/> (a connection pool) built from ConnectionStrings:ChatAssistant, and the
    /// schema migrated at start-up (ChatAssistant:Storage:PostgreSql:MigrateAtStartup). The container disposes the
    /// data source at shutdown. Several hosts may run against one database.
    /// </summary>
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services)
    {
        services.AddOptions<PostgreSqlStorageOptions>().BindConfiguration(PostgreSqlStorageOptions.Section)
            .Validate(o => o.MaxAutoPrepare is >= 0 and <= 1000, "ChatAssistant:Storage:PostgreSql:MaxAutoPrepare must be between 0 (off) and 1000.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => PostgreSqlDataSource.Create(
            ConnectionString(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<IOptions<PostgreSqlStorageOptions>>().Value));
        services.AddSingleton<IConversationStore, PostgreSqlConversationStore>();
        services.AddSingleton<ICitizenStore, PostgreSqlCitizenStore>();
        services.AddSingleton<IOutboxStore, PostgreSqlOutboxStore>();
        services.AddSingleton<ILeaseStore, PostgreSqlLeaseStore>();
        services.AddSingleton<ISharedSecrets, PostgreSqlSharedSecrets>();
        services.AddSingleton<IStoreHealth, PostgreSqlStoreHealth>();
        services.AddSingleton<IRetentionStore, PostgreSqlRetentionStore>();
        services.AddSingleton<ChatAssistant.Appointments.Storage.IAppointmentStore, Appointments.PostgreSqlAppointmentStore>();
        services.AddSingleton<ChatAssistant.Appointments.Storage.IDeskStore, Appointments.PostgreSqlDeskStore>();
        services.AddSingleton<IHandoffStore, PostgreSqlHandoffStore>();
        services.AddSingleton<IVolunteerPresenceStore, PostgreSqlVolunteerPresenceStore>();
        services.AddSingleton<ChatAssistant.CivicReports.Storage.ICivicReportStore, CivicReports.PostgreSqlCivicReportStore>();
        services.AddSingleton<ChatAssistant.Reports.Storage.IReportStore, Reports.PostgreSqlReportStore>();
        services.AddSingleton<ChatAssistant.Announcements.Storage.IAnnouncementStore, Announcements.PostgreSqlAnnouncementStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStaffAccountStore, PostgreSqlStaffAccountStore>();
        services.AddSingleton<IDataProtectionKeyStore, PostgreSqlDataProtectionKeyStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SchemaMigrationService>());
        services.AddSingleton<PostgreSqlSignals>();
        services.AddSingleton<ITranscriptSignals>(sp => sp.GetRequiredService<PostgreSqlSignals>());
        services.AddSingleton<IHostSignals>(sp => sp.GetRequiredService<PostgreSqlSignals>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlSignals>());
        return services;
    }

    private static string ConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(PostgreSqlStorageOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:ChatAssistant is not set. Give the PostgreSQL connection string, e.g. the environment variable " +
                "ConnectionStrings__ChatAssistant=\"Host=db;Database=chatassistant;Username=chatassistant;Password=...\".");
        }

        return connectionString;
    }
}
