namespace ChatAssistant.Core.Pipeline;

public static class Languages
{
    public const string Italian = "it";
    public const string English = "en";
    public const string Default = Italian;

    public static readonly IReadOnlyList<string> Supported = [Italian, English];

    /// <summary>Maps a locale such as "en-GB" to a supported language, or null.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var prefix = locale.Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(prefix) ? prefix : null;
    }
}
