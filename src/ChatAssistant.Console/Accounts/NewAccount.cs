namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>What a coordinator, the CLI or the demo seeding gives to create an account. Null password: a one-time one is made.</summary>
public sealed record NewAccount(string Email, string Role, string Tenant, string? DisplayName = null, IReadOnlyList<string>? Skills = null, string? Password = null,
    IReadOnlyList<string>? Neighbourhoods = null);
