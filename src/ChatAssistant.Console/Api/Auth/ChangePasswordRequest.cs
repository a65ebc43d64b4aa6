namespace ChatAssistant.StaffConsole.Api.Auth;

public sealed record ChangePasswordRequest(string? Email, string? Password, string? NewPassword);
