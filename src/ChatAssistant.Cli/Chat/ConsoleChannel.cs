using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;

namespace ChatAssistant.Cli.Chat;

/// <summary>
/// The "console" channel: translates terminal lines to activities and replies to text, showing buttons as
/// numbered choices. Typing a choice's number presses that button.
/// </summary>
internal sealed class ConsoleChannel(TurnPipeline pipeline, string tenantId, string conversationId, TextWriter output)
{
    private List<CardAction> _lastButtons = [];
    private int _sequence;

    public Task StartAsync() => ProcessAsync(new Activity { Type = ActivityTypes.ConversationUpdate });

    public Task SendAsync(string line)
    {
        var text = line.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= _lastButtons.Count)
        {
            text = _lastButtons[number - 1].Value ?? _lastButtons[number - 1].Title ?? text;
        }

        return ProcessAsync(new Activity { Type = ActivityTypes.Message, Text = text });
    }

    private async Task ProcessAsync(Activity activity)
    {
        activity.Id = $"{conversationId}-{Environment.ProcessId}-{++_sequence}";
        activity.ChannelId = ChannelIds.Console;
        activity.From = new ChannelAccount { Id = Environment.UserName, Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
        activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId };
        activity.Locale = "it-IT";

        var result = await pipeline.ProcessAsync(activity);
        if (result.Outcome == TurnOutcome.Refused)
        {
            await output.WriteLineAsync($"(non inviato: {result.Reason})");
            return;
        }

        foreach (var reply in result.Replies)
        {
            await WriteAsync(reply);
        }
    }

    private async Task WriteAsync(Activity reply)
    {
        if (!string.IsNullOrEmpty(reply.Text))
        {
            await output.WriteLineAsync($"bot> {reply.Text}");
        }

        foreach (var attachment in reply.Attachments ?? [])
        {
            await output.WriteLineAsync($"bot> [{attachment.ContentType}{(attachment.Name is null ? "" : " " + attachment.Name)}]");
        }

        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            _lastButtons = actions;
            for (var i = 0; i < actions.Count; i++)
            {
                var hint = actions[i].Type == ActionTypes.OpenUrl ? $" ({actions[i].Value})" : "";
                await output.WriteLineAsync($"     {i + 1}. {actions[i].Title}{hint}");
            }
        }
    }
}
