using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Appointments;

/// <summary><c>appointments.check_phone</c>: an optional phone number for the desk: "Salta" leaves it out; otherwise 6 to 15 digits, with spaces, dots, dashes or a leading +.</summary>
public sealed class BookingPhoneAction : IDialogAction
{
    public const string Name = "appointments.check_phone";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = (context.Values.TryGetValue(BookingValues.Phone, out var phone) ? phone : "").Trim();
        if (IsSkip(context, text))
        {
            context.Values.Remove(BookingValues.Phone);
            context.Values[BookingValues.Outcome] = BookingValues.Ok;
        }
        else if (Clean(text) is { } clean)
        {
            context.Values[BookingValues.Phone] = clean;
            context.Values[BookingValues.Outcome] = BookingValues.Ok;
        }
        else
        {
            BookingValues.Retry(context, "appointments.phone_invalid");
        }

        return Task.FromResult(ActionOutcome.Continue);
    }

    internal static string? Clean(string text)
    {
        var allowed = text.Length <= 25 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '/') || (text.StartsWith('+') && Clean(text[1..]) is not null);
        var digits = text.Count(char.IsAsciiDigit);
        return allowed && digits is >= 6 and <= 15 ? text : null;
    }

    private static bool IsSkip(ActionContext context, string text) =>
        text.Length == 0
        || Languages.Supported.Any(language => string.Equals(context.Texts.Get("appointments.skip_phone", language), text, StringComparison.OrdinalIgnoreCase))
        || text.Equals("no", StringComparison.OrdinalIgnoreCase);
}
