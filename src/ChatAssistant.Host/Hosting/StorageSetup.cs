using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.PostgreSql;

namespace ChatAssistant.Host.Hosting;

internal static class StorageSetup
{
    /// <summary>The stores of the chosen engine: every store interface, its health and its transcript signals.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageChoice storage)
    {
        switch (storage.Provider)
        {
            case StorageProvider.LiteDb:
                services.AddLiteDbStorage();
                break;
            case StorageProvider.PostgreSql:
                services.AddPostgreSqlStorage();
                break;
            default:
                throw new InvalidOperationException($"Unknown storage provider {storage.Provider}.");
        }

        // A store that is away answers 503 "try again", never 500.
        services.AddExceptionHandler<StoreUnavailableHandler>();
        return services;
    }
}
