namespace ChatAssistant.StaffConsole.Api.Auth;

public sealed record MeResponse(string Id, string Email, string DisplayName, string Role, string Tenant);
