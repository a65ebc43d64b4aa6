using ChatAssistant.Dialogs.Texts;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Canned;

/// <summary>Fills a canned reply's placeholders for one ticket: {nome}, {orari}, {comune}.</summary>
public static class CannedReplyText
{
    public static string Render(CannedReply reply, Ticket ticket, string tenantName, DeskSchedule schedule) =>
        TextTemplate.Fill(reply.Text, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nome"] = ticket.DisplayName,
            ["orari"] = schedule.IsAlwaysOpen ? "-" : schedule.Describe(ticket.Language),
            ["comune"] = tenantName,
        });
}
