using ChatAssistant.Core.Storage;
using ChatAssistant.StaffConsole;
using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Cli.Users;

/// <summary>
/// The console's accounts on the store the host uses, chosen by the same settings (ChatAssistant:Storage:Provider,
/// ConnectionStrings:ChatAssistant, ChatAssistant:DataDirectory, from appsettings.json or the environment).
/// </summary>
internal sealed class AccountsRuntime : IAsyncDisposable
{
    private readonly IHost _host;

    private AccountsRuntime(IHost host) => _host = host;

    public StaffAccounts Accounts => _host.Services.GetRequiredService<StaffAccounts>();

    /// <summary>Null, with the reason in <paramref name="problem"/>, when the store cannot be opened (a host holds the LiteDB folder).</summary>
    public static async Task<(AccountsRuntime? Runtime, string? Problem)> OpenAsync(string? dataDirectory)
    {
        var runtime = Open(dataDirectory, out var problem);
        if (runtime is not null)
        {
            // Applies PostgreSQL's pending migrations (the schema service), as a host's start-up does.
            await runtime._host.StartAsync();
        }

        return (runtime, problem);
    }

    private static AccountsRuntime? Open(string? dataDirectory, out string? problem)
    {
        problem = null;
        var builder = Host.CreateApplicationBuilder();
        if (dataDirectory is not null)
        {
            builder.Configuration["ChatAssistant:DataDirectory"] = dataDirectory;
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var provider = builder.Configuration["ChatAssistant:Storage:Provider"];
        if (string.IsNullOrEmpty(provider) || provider.Equals("LiteDb", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddLiteDbStorage();
        }
        else if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("ChatAssistant")))
            {
                problem = "ChatAssistant:Storage:Provider is PostgreSql but ConnectionStrings:ChatAssistant is empty (e.g. ConnectionStrings__ChatAssistant=\"Host=db;Database=chatassistant;Username=chatassistant;Password=...\").";
                return null;
            }

            builder.Services.AddPostgreSqlStorage();
        }
        else
        {
            problem = $"ChatAssistant:Storage:Provider is '{provider}': use LiteDb or PostgreSql.";
            return null;
        }

        builder.Services.AddConsoleAccounts();
        var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IStaffAccountStore>();
            return new AccountsRuntime(host);
        }
        catch (StoreUnavailableException ex)
        {
            host.Dispose();
            problem = $"{ex.Message}\nThe host holds a LiteDB data folder while it runs: stop it before managing accounts, or run the command with --data pointing at another folder.";
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
