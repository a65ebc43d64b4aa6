using System.Globalization;
using System.Text;

namespace ChatAssistant.Dialogs.Engine;

/// <summary>Makes "Sì!", "si" and " SI " compare equal: lower case, no accents, single spaces, no trailing punctuation.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(c);
            if (!(isSpace && lastWasSpace))
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).TrimEnd('.', '!', '?', ',', ';', ' ').Replace('’', '\'');
    }
}
