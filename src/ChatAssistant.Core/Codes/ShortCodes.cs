using System.Security.Cryptography;

namespace ChatAssistant.Core.Codes;

/// <summary>
/// Codes citizens read aloud or copy from paper (booking codes, report tickets): 6 characters without 0/O and 1/I,
/// which are confused when read aloud or typed.
/// </summary>
public static class ShortCodes
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as the citizen may have typed it (lower case, spaces, a dash), or null if it cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        var code = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
