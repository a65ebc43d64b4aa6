using ChatAssistant.Cli.Commands;
using ChatAssistant.Cli.Users;
using ChatAssistant.Storage.LiteDb;

namespace ChatAssistant.Cli.Tests.Users;

public sealed class UsersCommandsTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("chatassistant-cli-users-").FullName;

    [Fact]
    public async Task UsersAdd_WithoutPassword_PrintsAOneTimePasswordAndListShowsTheAccountWaitingForIt()
    {
        var (code, output, _) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "volunteer", "--email", "Giulia@Milano.example", "--name", "Giulia Rossi");
        var (_, list, _) = await RunAsync(new UsersListCommand(), "--tenant", "milano");

        Assert.Equal(0, code);
        var password = output.Split('\n').Single(l => l.StartsWith("One-time password: ", StringComparison.Ordinal))["One-time password: ".Length..].Trim();
        Assert.Equal(14, password.Length);
        Assert.Contains("giulia@milano.example\tvolunteer\tmilano\tone-time password\tGiulia Rossi", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_PasswordStdin_TakesThePasswordAndPrintsNone()
    {
        var (code, output, _) = await RunAsync(new UsersAddCommand(new StringReader("una-password-lunga\n")), "--tenant", "cremona", "--role", "coordinator", "--email", "c@cremona.example", "--password-stdin");
        var (_, list, _) = await RunAsync(new UsersListCommand());

        Assert.Equal(0, code);
        Assert.DoesNotContain("One-time password", output, StringComparison.Ordinal);
        Assert.Contains("c@cremona.example\tcoordinator\tcremona\tactive", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_SameEmailTwiceOrUnknownRole_IsRefusedWithTheReason()
    {
        await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "volunteer", "--email", "x@milano.example");

        var (twice, _, twiceError) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "volunteer", "--email", "X@milano.example");
        var (badRole, _, roleError) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "mayor", "--email", "y@milano.example");

        Assert.Equal(1, twice);
        Assert.Contains("already exists", twiceError, StringComparison.Ordinal);
        Assert.Equal(1, badRole);
        Assert.Contains("Unknown role 'mayor'", roleError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_Committee_NeedsKnownNeighbourhoods_AndKeepsThem()
    {
        var (none, _, noneError) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "committee", "--email", "a@milano.example");
        var (unknown, _, unknownError) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "committee", "--email", "b@milano.example", "--neighbourhood", "atlantide");
        var (ok, _, _) = await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "committee", "--email", "c@milano.example", "--neighbourhood", "municipio-9,municipio-8");

        Assert.Equal(1, none);
        Assert.Contains("needs at least one neighbourhood", noneError, StringComparison.Ordinal);
        Assert.Equal(1, unknown);
        Assert.Contains("Unknown neighbourhood atlantide", unknownError, StringComparison.Ordinal);
        Assert.Equal(0, ok);
        using var store = new LiteDbStore(_data);
        var account = await new ChatAssistant.Storage.LiteDb.Accounts.LiteDbStaffAccountStore(store).FindByEmailAsync("c@milano.example");
        Assert.Equal(["municipio-9", "municipio-8"], account!.Neighbourhoods);
    }

    [Fact]
    public async Task UsersDisable_ThenEnable_ListShowsEachState()
    {
        await RunAsync(new UsersAddCommand(), "--tenant", "milano", "--role", "volunteer", "--email", "v@milano.example");

        var (code, _, _) = await RunAsync(new UsersDisableCommand(), "--email", "v@milano.example");
        var (_, disabled, _) = await RunAsync(new UsersListCommand());
        await RunAsync(new UsersDisableCommand(), "--email", "v@milano.example", "--enable");
        var (_, enabled, _) = await RunAsync(new UsersListCommand());
        var (missing, _, missingError) = await RunAsync(new UsersDisableCommand(), "--email", "nobody@milano.example");

        Assert.Equal(0, code);
        Assert.Contains("v@milano.example\tvolunteer\tmilano\tdisabled", disabled, StringComparison.Ordinal);
        Assert.DoesNotContain("disabled", enabled, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains("No account with e-mail nobody@milano.example", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_WhileAHostHoldsTheDataFolder_RefusesSayingToStopIt()
    {
        using var host = new LiteDbStore(_data);

        var (code, _, error) = await RunAsync(new UsersListCommand());

        Assert.Equal(1, code);
        Assert.Contains("is in use by another ChatAssistant process", error, StringComparison.Ordinal);
        Assert.Contains("stop it before managing accounts", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(ICliCommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await command.RunAsync(CliArguments.Parse([.. args, "--data", _data]), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
