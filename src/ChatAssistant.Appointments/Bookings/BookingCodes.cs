using ChatAssistant.Core.Codes;

namespace ChatAssistant.Appointments.Bookings;

/// <summary>Booking codes: the citizens' <see cref="ShortCodes"/> (6 characters without 0/O and 1/I).</summary>
public static class BookingCodes
{
    public const string Alphabet = ShortCodes.Alphabet;
    public const int Length = ShortCodes.Length;

    public static string New() => ShortCodes.New();

    /// <summary>The code as the citizen may have typed it (lower case, spaces), or null if it cannot be one.</summary>
    public static string? Normalize(string? text) => ShortCodes.Normalize(text);
}
