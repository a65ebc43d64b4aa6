namespace ChatAssistant.Appointments.Bookings;

/// <summary>The name given for a booking: shown to the desk staff, so it is kept short and printable.</summary>
public static class CitizenName
{
    public const int MaxLength = 80;

    /// <summary>The name trimmed with inner spaces collapsed, or null when empty, longer than <see cref="MaxLength"/> or holding control characters.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsControl))
        {
            return null;
        }

        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return name.Length <= MaxLength ? name : null;
    }
}
