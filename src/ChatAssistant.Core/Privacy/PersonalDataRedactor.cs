using System.Text.RegularExpressions;

namespace ChatAssistant.Core.Privacy;

/// <summary>
/// Makes a citizen's question fit for the coordinators' "not understood" list, where no person may be recognised:
/// secrets go (<see cref="SecretRedactor"/>), then e-mail addresses, fiscal codes, phone-like numbers (six digits or
/// more) and names. A name is a capitalised word after the first, or a first word followed by another capitalised
/// one ("Mario Rossi"); acronyms (SPID, CIE) stay. This drops some place names too ("Milano"): privacy wins over
/// detail. The result is lower case, single-spaced and at most <see cref="MaxLength"/> characters, so the same
/// question asked twice counts once.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const int MaxLength = 200;
    public const string Email = "[email]";
    public const string FiscalCode = "[codice fiscale]";
    public const string Number = "[numero]";
    public const string Name = "[nome]";

    public static string? ForReports(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = SecretRedactor.Redact(text).Text;
        result = EmailAddress().Replace(result, Email);
        result = Fiscal().Replace(result, FiscalCode);
        result = PhoneLike().Replace(result, match => match.Value.Count(char.IsAsciiDigit) >= 6 ? Number : match.Value);
        result = FirstNamePair().Replace(result, Name + " " + Name);
        result = CapitalisedWord().Replace(result, Name);
        result = RepeatedName().Replace(result, Name);
        result = Spaces().Replace(result.ToLowerInvariant(), " ").Trim();
        return result.Length <= MaxLength ? result : result[..MaxLength].TrimEnd();
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fiscal();

    // Digits with the separators of a phone number; dates ("12/05/2026") use slashes and stay.
    [GeneratedRegex(@"\+?\d[\d .\-]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLike();

    // The message's first word when a capitalised word follows it: "Mario Rossi, ...".
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNamePair();

    // A capitalised word that is not the first of the message nor of a sentence.
    [GeneratedRegex(@"(?<=[^\s.!?]\s+|[,;:(]\s*)\p{Lu}\p{Ll}+(?:['’]\p{L}+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\[nome\](?:\s+\[nome\])+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedName();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
