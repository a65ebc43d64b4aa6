using ChatAssistant.Core.Retention;
using Hangfire;
using Hangfire.Dashboard;
using ChatAssistant.Host.Hosting;
using Hangfire.PostgreSql;
using ChatAssistant.Core.Staff;

namespace ChatAssistant.Host.Jobs;

/// <summary>
/// Hangfire, for reminders, scheduled announcements and retention purges. Its storage follows the store: in memory
/// beside LiteDB (our store stays the truth: a job's record lives there and a reconciler schedules pending work
/// again at start-up), in PostgreSQL beside PostgreSQL, so every host's server shares the queue.
/// </summary>
internal static class JobsServiceCollectionExtensions
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddJobs(this IServiceCollection services, StorageChoice storage)
    {
        services.AddHangfire(configuration =>
        {
            configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                // A database that is away at start must not hold the host's start (it would block in Hangfire's
                // constructor): Hangfire starts degraded and sets itself up once the database answers.
                configuration.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(storage.ConnectionString), new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    StartupConnectionMaxRetries = 1,
                    StartupConnectionBaseDelay = TimeSpan.FromMilliseconds(200),
                    AllowDegradedModeWithoutStorage = true,
                });
            }
            else
            {
                configuration.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddRetention();
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    /// <summary>
    /// The dashboard is for coordinators and admins signed in to the console: without a sign-in the browser is sent to
    /// the console's sign-in page and back; a volunteer is refused (the filter checks the role again inside Hangfire).
    /// </summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new StaffDashboardAuthorizationFilter()],
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(StaffPolicies.Coordinator);
        return app;
    }
}
