using ChatAssistant.Storage.LiteDb;

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
                throw new InvalidOperationException("The PostgreSQL store is not in this build yet.");
            default:
                throw new InvalidOperationException($"Unknown storage provider {storage.Provider}.");
        }

        return services;
    }
}
