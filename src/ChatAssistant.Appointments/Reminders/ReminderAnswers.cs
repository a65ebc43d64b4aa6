using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// The answers a reminder's buttons send ("conferma ABC234", "non posso venire ABC234"), whatever the chat was doing
/// meanwhile. Only the citizen who booked can cancel with the code: a code seen elsewhere cancels nothing.
/// </summary>
public sealed class ReminderAnswers(IAppointmentStore store, AppointmentBooker booker)
{
    public async Task<ReminderAnswerKind> HandleAsync(string tenantId, string citizenId, string? text, CancellationToken cancellationToken = default)
    {
        var trimmed = (text ?? "").Trim();
        var (prefix, kind) = trimmed.StartsWith(ReminderMessage.ConfirmPrefix, StringComparison.OrdinalIgnoreCase) ? (ReminderMessage.ConfirmPrefix, ReminderAnswerKind.Confirmed)
            : trimmed.StartsWith(ReminderMessage.CancelPrefix, StringComparison.OrdinalIgnoreCase) ? (ReminderMessage.CancelPrefix, ReminderAnswerKind.Cancelled)
            : ("", ReminderAnswerKind.NotAnAnswer);
        if (kind == ReminderAnswerKind.NotAnAnswer || BookingCodes.Normalize(trimmed[prefix.Length..]) is not { } code)
        {
            return ReminderAnswerKind.NotAnAnswer;
        }

        if (await store.GetAsync(tenantId, code, cancellationToken) is not { Status: BookingStatus.Active } booking || booking.CitizenId != citizenId)
        {
            return ReminderAnswerKind.UnknownCode;
        }

        return kind == ReminderAnswerKind.Cancelled && !await booker.CancelAsync(tenantId, code, cancellationToken) ? ReminderAnswerKind.UnknownCode : kind;
    }
}
