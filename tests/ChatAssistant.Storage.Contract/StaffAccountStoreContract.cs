using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>The console's accounts and Data Protection keys: unique e-mails, tenant lists, atomic updates, keys kept once.</summary>
public abstract class StaffAccountStoreContract : StoreContract
{
    /// <summary>The engine's account store over the open <see cref="StoreContract.Stores"/>.</summary>
    protected abstract IStaffAccountStore Accounts { get; }

    protected abstract IDataProtectionKeyStore Keys { get; }

    private static StaffAccount Account(string email, string tenant = "milano", string role = "volunteer") => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Email = email,
        DisplayName = "Giulia " + email,
        Role = role,
        Tenant = tenant,
        Skills = ["spid", "cie"],
        PasswordHash = "hash-of-" + email,
        MustChangePassword = true,
        CreatedAt = Noon,
    };

    [Fact]
    public async Task TryAddAsync_NewAccount_IsFoundByIdAndByEmailInAnyCase_AfterReopening()
    {
        var account = Account("giulia@milano.example") with { LockedUntil = Noon.AddMinutes(15), FailedAttempts = 2 };

        Assert.True(await Accounts.TryAddAsync(account));
        await ReopenAsync();

        var byId = await Accounts.GetAsync(account.Id);
        var byEmail = await Accounts.FindByEmailAsync("  Giulia@MILANO.example ");
        Assert.NotNull(byId);
        Assert.Equal(account.Email, byId.Email);
        Assert.Equal(account.DisplayName, byId.DisplayName);
        Assert.Equal(account.Role, byId.Role);
        Assert.Equal(account.Tenant, byId.Tenant);
        Assert.Equal(["spid", "cie"], byId.Skills);
        Assert.Equal(account.PasswordHash, byId.PasswordHash);
        Assert.True(byId.MustChangePassword);
        Assert.False(byId.Disabled);
        Assert.Equal(2, byId.FailedAttempts);
        Assert.Equal(Noon.AddMinutes(15), byId.LockedUntil);
        Assert.Equal(Noon, byId.CreatedAt);
        Assert.Equal(account.Id, byEmail?.Id);
        Assert.Null(await Accounts.FindByEmailAsync("nobody@milano.example"));
        Assert.Null(await Accounts.GetAsync("no-such-id"));
    }

    [Fact]
    public async Task TryAddAsync_SameEmailInAnotherCase_IsRefusedAndTheFirstAccountKept()
    {
        var first = Account("marco@cremona.example", "cremona");
        await Accounts.TryAddAsync(first);

        var added = await Accounts.TryAddAsync(Account("Marco@Cremona.example", "milano"));

        Assert.False(added);
        var all = await Accounts.ListAsync(null);
        Assert.Equal(first.Id, Assert.Single(all).Id);
    }

    [Fact]
    public async Task ListAsync_ByTenant_ReturnsOnlyThatTenantsAccountsOrderedByEmail()
    {
        await Accounts.TryAddAsync(Account("zeno@milano.example"));
        await Accounts.TryAddAsync(Account("anna@milano.example"));
        await Accounts.TryAddAsync(Account("carla@cremona.example", "cremona"));

        var milano = await Accounts.ListAsync("milano");
        var all = await Accounts.ListAsync(null);

        Assert.Equal(["anna@milano.example", "zeno@milano.example"], milano.Select(a => a.Email));
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task UpdateAsync_ChangesTheAccountButNeverItsIdOrEmail_MissingAccountIsNull()
    {
        var account = Account("luca@milano.example");
        await Accounts.TryAddAsync(account);

        var updated = await Accounts.UpdateAsync(account.Id, a => a with { Disabled = true, Id = "other", Email = "other@x.example", Role = "coordinator" });
        await ReopenAsync();
        var stored = await Accounts.GetAsync(account.Id);

        Assert.True(updated?.Disabled);
        Assert.True(stored?.Disabled);
        Assert.Equal("coordinator", stored?.Role);
        Assert.Equal("luca@milano.example", stored?.Email);
        Assert.Null(await Accounts.GetAsync("other"));
        Assert.Null(await Accounts.UpdateAsync("no-such-id", a => a));
    }

    [Fact]
    public async Task UpdateAsync_ManyAtOnceOnOneAccount_LosesNoChange()
    {
        var account = Account("sara@milano.example") with { FailedAttempts = 0 };
        await Accounts.TryAddAsync(account);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Accounts.UpdateAsync(account.Id, a => a with { FailedAttempts = a.FailedAttempts + 1 })));

        Assert.Equal(16, (await Accounts.GetAsync(account.Id))?.FailedAttempts);
    }

    [Fact]
    public async Task Keys_AddedTwiceUnderOneName_AreKeptOnceInOrder_AfterReopening()
    {
        await Keys.AddAsync("key-1", "<key id=\"1\"/>");
        await Keys.AddAsync("key-2", "<key id=\"2\"/>");
        await Keys.AddAsync("key-1", "<key id=\"1-again\"/>");
        await ReopenAsync();

        Assert.Equal(["<key id=\"1\"/>", "<key id=\"2\"/>"], await Keys.GetAllAsync());
    }
}
