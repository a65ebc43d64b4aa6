using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Cli.Commands;
using ChatAssistant.Core.Configuration;
using ChatAssistant.StaffConsole.Accounts;

namespace ChatAssistant.Cli.Users;

/// <summary>
/// Creates a console account. Without --password-stdin it prints a one-time password that must be changed at the
/// first sign-in; with it, the password is read from the first line of standard input (never from the command line,
/// where other users of the machine could read it).
/// </summary>
internal sealed class UsersAddCommand(TextReader? input = null) : ICliCommand
{
    public string Name => "users add";

    public string Usage => "--tenant milano --role volunteer|coordinator|committee|admin --email x@y [--name \"Giulia Rossi\"] [--skills spid,cie] [--neighbourhood municipio-9[,municipio-8]] [--password-stdin] [--data DIR]";

    public string Description => "Create a console account; prints its one-time password (or reads one from stdin with --password-stdin).";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var email = arguments.Option("email") ?? throw new CliUsageException("Missing --email.");
        var tenant = arguments.Option("tenant") ?? throw new CliUsageException("Missing --tenant.");
        var role = arguments.Option("role") ?? throw new CliUsageException("Missing --role.");
        string? password = null;
        if (arguments.Flag("password-stdin"))
        {
            password = (await (input ?? System.Console.In).ReadLineAsync())?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("--password-stdin: no password on standard input.");
                return 2;
            }
        }

        var (runtime, problem) = await AccountsRuntime.OpenAsync(arguments.Option("data"));
        await using var _ = runtime;
        if (runtime is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var skills = arguments.Option("skills")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var neighbourhoods = arguments.Option("neighbourhood")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (neighbourhoods is { Length: > 0 } && UnknownNeighbourhoods(tenant, neighbourhoods) is { Length: > 0 } unknown)
        {
            await error.WriteLineAsync(unknown);
            return 1;
        }

        var result = await runtime.Accounts.CreateAsync(new NewAccount(email, role, tenant, arguments.Option("name"), skills, password, neighbourhoods));
        if (result.Account is not { } account)
        {
            await error.WriteLineAsync(result.Problem);
            return 1;
        }

        await output.WriteLineAsync($"Created {account.Email} ({account.Role}, {account.Tenant}).");
        if (result.OneTimePassword is { } oneTime)
        {
            await output.WriteLineAsync($"One-time password: {oneTime}");
            await output.WriteLineAsync("Hand it over in person; it must be changed at the first sign-in.");
        }

        return 0;
    }

    /// <summary>A plain reason when an id is not in the tenant's quartieri.yaml; empty when all are known.</summary>
    private static string UnknownNeighbourhoods(string tenant, IEnumerable<string> ids)
    {
        var known = NeighbourhoodCatalog.Load(ContentPaths.Resolve("knowledge-base")).Find(tenant);
        var unknown = ids.Where(id => known?.Find(id) is null).ToList();
        return unknown.Count == 0 ? ""
            : $"Unknown neighbourhood {string.Join(", ", unknown)} for {tenant}; known: {string.Join(", ", known?.All.Select(n => n.Id) ?? [])}.";
    }
}
