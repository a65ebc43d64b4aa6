using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Core.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>The retention periods (validated at start) and the purge; the host schedules it (Hangfire) at <see cref="RetentionOptions.PurgeCron"/>.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.TranscriptDays is >= 1 and <= 3650 && o.SentOutboxDays is >= 1 and <= 3650 && o.ClosedTicketDays is >= 1 and <= 3650,
                "ChatAssistant:Retention: TranscriptDays, SentOutboxDays and ClosedTicketDays must be between 1 and 3650.")
            .Validate(o => o.UsageEventDays is >= 1 and <= 3650, "ChatAssistant:Retention:UsageEventDays must be between 1 and 3650.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PurgeCron), "ChatAssistant:Retention:PurgeCron must be a cron expression, e.g. \"17 3 * * *\".")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<RetentionPurge>();
        return services;
    }
}
