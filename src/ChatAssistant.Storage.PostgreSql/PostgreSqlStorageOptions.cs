namespace ChatAssistant.Storage.PostgreSql;

/// <summary>The "ChatAssistant:Storage:PostgreSql" section. The connection string itself is ConnectionStrings:ChatAssistant.</summary>
public sealed class PostgreSqlStorageOptions
{
    public const string Section = "ChatAssistant:Storage:PostgreSql";

    public const string ConnectionStringName = "ChatAssistant";

    /// <summary>
    /// Migrate the schema when the host starts (hosts starting together take turns). Off when the operator migrates
    /// with a separate step and gives the service's database user no right to change the schema.
    /// </summary>
    public bool MigrateAtStartup { get; set; } = true;
}
