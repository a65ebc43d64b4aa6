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

    /// <summary>
    /// Statements each connection prepares once it has run them twice (Npgsql's auto-prepare): a turn's statement is then
    /// parsed and planned once per connection instead of once per turn, which doubles the turns a host commits. Used
    /// unless the connection string sets "Max Auto Prepare" itself; 0 turns it off (e.g. behind a pooler that cannot
    /// keep prepared statements).
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 32;
}
