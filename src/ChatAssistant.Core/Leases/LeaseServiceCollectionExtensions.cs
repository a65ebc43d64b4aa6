using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Core.Leases;

public static class LeaseServiceCollectionExtensions
{
    /// <summary><see cref="LeasedWork"/> over the registered <see cref="Storage.ILeaseStore"/>, configured from "ChatAssistant:Leases".</summary>
    public static IServiceCollection AddLeasedWork(this IServiceCollection services)
    {
        services.AddOptions<LeaseOptions>().BindConfiguration(LeaseOptions.Section)
            .Validate(o => o.DurationSeconds is >= 3 and <= 600, "ChatAssistant:Leases:DurationSeconds must be between 3 and 600.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LeasedWork>();
        return services;
    }
}
