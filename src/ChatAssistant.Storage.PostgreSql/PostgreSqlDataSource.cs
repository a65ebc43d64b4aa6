using Npgsql;

namespace ChatAssistant.Storage.PostgreSql;

/// <summary>The connection pool the stores share, with the store's defaults where the connection string says nothing.</summary>
public static class PostgreSqlDataSource
{
    public static NpgsqlDataSource Create(string connectionString, PostgreSqlStorageOptions options)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        return builder.Build();
    }
}
