namespace ChatAssistant.CivicReports.Photos;

/// <summary>
/// Whether bytes really are a photo, by their first bytes (JPEG, PNG, WebP): the type a channel declares is the sender's
/// word, the content is what the console will show.
/// </summary>
public static class PhotoCheck
{
    /// <summary>The image's content type, or null when the bytes are not a JPEG, PNG or WebP image.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };

    /// <summary>True when the declared type may be a photo (Telegram photos are always JPEG; documents say their type).</summary>
    public static bool MayBeImage(string declaredType) => declaredType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
