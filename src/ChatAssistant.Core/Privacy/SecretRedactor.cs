using System.Text.RegularExpressions;

namespace ChatAssistant.Core.Privacy;

/// <summary>
/// Finds secrets a citizen should never type into a chat (passwords, one-time codes, PINs and PUKs,
/// payment card numbers, IBANs) and masks them before anything is stored or shown to a volunteer.
/// Dates, phone numbers and notice codes stay: they are not secrets and volunteers need them.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[nascosto]";

    public static Redaction Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new Redaction(text ?? "", new HashSet<SecretKind>());
        }

        var found = new HashSet<SecretKind>();
        var result = KeywordSecret().Replace(text, match =>
        {
            found.Add(KindOf(match.Groups["word"].Value));
            return match.Groups["lead"].Value + Mask;
        });
        result = CardNumber().Replace(result, match =>
        {
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (!PassesLuhn(digits))
            {
                return match.Value;
            }

            found.Add(SecretKind.PaymentCard);
            return Mask;
        });
        result = Iban().Replace(result, match =>
        {
            found.Add(SecretKind.Iban);
            return Mask;
        });

        return new Redaction(result, found);
    }

    private static SecretKind KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith("pin", StringComparison.Ordinal) || lower.StartsWith("puk", StringComparison.Ordinal))
        {
            return SecretKind.Pin;
        }

        return lower.StartsWith("pass", StringComparison.Ordinal) || lower.StartsWith("parola", StringComparison.Ordinal)
            ? SecretKind.Password
            : SecretKind.OneTimeCode;
    }

    internal static bool PassesLuhn(string digits)
    {
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    // A keyword, an optional "della CIE" / "my", then the secret. After ":" or "=" any word is the secret;
    // otherwise only a word that looks like one (a digit or symbol, or mixed case), so "password dimenticata"
    // or "il pin della CIE" stay as they are, while "pin 12345" or "la password è Roma2024!" are masked.
    [GeneratedRegex(
        @"(?<lead>(?i:\b(?<word>password|passwd|pwd|parola\s+d[ie'’]\s*ordine|pin|puk|otp|codice\s+(?:otp|di\s+verifica|di\s+sicurezza|di\s+conferma|temporaneo|segreto|pin|puk|sms)|one[-\s]time\s+(?:code|password)|verification\s+code|security\s+code)\b(?:\s+(?:d(?:el(?:l[oa]|l['’])?|i)\s*\w+|(?:of|for)\s+\w+|mio|mia|my))?)(?:\s*[:=]\s*(?=\S{3,})|\s*(?:(?i:è|e'|é|is|was|era)\s+)?(?=(?=\S*\d)\S{4,}|(?=\S*[!@#$%&*_+=])\S{5,}|(?=\S*\p{Ll})(?=\S*\p{Lu})\S{6,})))(?<secret>\S+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeywordSecret();

    // 13-19 digits starting like a card (2-6), optionally grouped; confirmed by the Luhn check. pagoPA notice
    // codes (18 digits starting 0-3) would pass Luhn one time in ten, so a number after "avviso"/"IUV" is left alone.
    [GeneratedRegex(@"(?<!(?:avviso|iuv|pagopa)\D{0,12})(?<![\d])[2-6](?:[ -]?\d){12,18}(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex CardNumber();

    // IBAN: two letters, two check digits, 11-30 alphanumerics, optionally grouped by spaces.
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Iban();
}

public sealed record Redaction(string Text, IReadOnlySet<SecretKind> Found)
{
    public bool HasSecrets => Found.Count > 0;
}

public enum SecretKind
{
    Password,
    OneTimeCode,
    Pin,
    PaymentCard,
    Iban,
}
