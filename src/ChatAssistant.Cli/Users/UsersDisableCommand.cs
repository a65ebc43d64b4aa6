using ChatAssistant.Cli.Commands;

namespace ChatAssistant.Cli.Users;

/// <summary>Disables an account (its sessions end at their next request); --enable turns it back on.</summary>
internal sealed class UsersDisableCommand : ICliCommand
{
    public string Name => "users disable";

    public string Usage => "--email x@y [--enable] [--data DIR]";

    public string Description => "Disable a console account (or enable it again with --enable).";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var email = arguments.Option("email") ?? throw new CliUsageException("Missing --email.");
        var (runtime, problem) = await AccountsRuntime.OpenAsync(arguments.Option("data"));
        await using var _ = runtime;
        if (runtime is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        if (await runtime.Accounts.Store.FindByEmailAsync(email) is not { } account)
        {
            await error.WriteLineAsync($"No account with e-mail {email}.");
            return 1;
        }

        var enable = arguments.Flag("enable");
        await runtime.Accounts.SetDisabledAsync(account.Id, !enable);
        await output.WriteLineAsync($"{account.Email} {(enable ? "enabled" : "disabled")}.");
        return 0;
    }
}
