namespace ChatAssistant.StaffConsole.Api.Auth;

/// <summary>A bearer token for "Authorization: Bearer {token}", valid for <paramref name="ExpiresIn"/> seconds.</summary>
public sealed record LoginResponse(string Token, string TokenType, long ExpiresIn);
