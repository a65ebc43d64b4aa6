using System.Text;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Dialogs.Actions;

namespace ChatAssistant.Bot.Desks;

/// <summary>
/// The municipality's help desks as one short message: name, address, hours, and what to know before going. Hours
/// that are example data are never shown (a citizen cannot use an example hour): the desk says "orari sul sito del
/// Comune" and the message ends by asking to check there before going.
/// </summary>
public static class DeskList
{
    public static string Describe(ActionContext context, Tenant tenant, int maxDesks)
    {
        var text = new StringBuilder();
        var shown = tenant.Desks.Take(maxDesks).ToList();
        if (shown.Count == 0)
        {
            text.Append(context.Text(BotTextKeys.DesksNone));
        }
        else
        {
            text.Append(context.Text(BotTextKeys.DesksIntro));
            foreach (var desk in shown)
            {
                text.Append("\n\n• ").Append(desk.Name);
                AppendLine(text, desk.Address);
                AppendLine(text, HasRealHours(desk) ? desk.Hours : context.Text(BotTextKeys.DesksHoursOnWebsite));
                AppendLine(text, desk.Note);
            }
        }

        if (tenant.Website is { } website)
        {
            var unsure = shown.Any(d => !HasRealHours(d) || d.Note is not null);
            text.Append("\n\n").Append(context.Text(unsure ? BotTextKeys.DesksCheckBefore : BotTextKeys.DesksWebsite,
                new Dictionary<string, string> { ["url"] = website }));
        }

        return text.ToString();
    }

    private static bool HasRealHours(HelpDesk desk) => !string.IsNullOrWhiteSpace(desk.Hours) && !desk.ExampleHours;

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.Append("\n  ").Append(line);
        }
    }
}
