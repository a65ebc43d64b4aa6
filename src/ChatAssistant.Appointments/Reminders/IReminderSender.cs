using ChatAssistant.Core.Activities;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>Puts a reminder's message on its way to the citizen's chat. <paramref name="messageId"/> makes a second send of the same reminder a no-op where the channel allows it (the Telegram outbox).</summary>
public interface IReminderSender
{
    Task SendAsync(string messageId, string tenantId, string channelId, string chatId, Activity message, CancellationToken cancellationToken = default);
}
