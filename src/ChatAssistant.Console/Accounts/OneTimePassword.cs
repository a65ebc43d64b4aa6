using System.Security.Cryptography;

namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>Passwords handed to a new account or after a reset: random, readable aloud (no 0/O, 1/l), used once.</summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 14);
}
