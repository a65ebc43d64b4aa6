using ChatAssistant.Cli.Commands;

namespace ChatAssistant.Cli.Users;

/// <summary>Lists console accounts: e-mail, role, tenant, and whether disabled, locked or waiting for a first password.</summary>
internal sealed class UsersListCommand(TimeProvider? clock = null) : ICliCommand
{
    public string Name => "users list";

    public string Usage => "[--tenant milano] [--data DIR]";

    public string Description => "List console accounts (all tenants unless --tenant).";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (runtime, problem) = await AccountsRuntime.OpenAsync(arguments.Option("data"));
        await using var _ = runtime;
        if (runtime is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var accounts = await runtime.Accounts.Store.ListAsync(arguments.Option("tenant")?.ToLowerInvariant());
        foreach (var a in accounts)
        {
            var state = a.Disabled ? "disabled" : a.LockedUntil > now ? $"locked until {a.LockedUntil:u}" : a.MustChangePassword ? "one-time password" : "active";
            await output.WriteLineAsync($"{a.Email}\t{a.Role}\t{a.Tenant}\t{state}\t{a.DisplayName}");
        }

        await output.WriteLineAsync($"{accounts.Count} account(s).");
        return 0;
    }
}
