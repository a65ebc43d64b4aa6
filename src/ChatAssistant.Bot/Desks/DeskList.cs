using System.Text;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Dialogs.Actions;

namespace ChatAssistant.Bot.Desks;

/// <summary>The municipality's help desks as one short message: name, address, hours.</summary>
public static class DeskList
{
    public static string Describe(ActionContext context, Tenant tenant, int maxDesks)
    {
        var text = new StringBuilder();
        if (tenant.Desks.Count == 0)
        {
            text.Append(context.Text(BotTextKeys.DesksNone));
        }
        else
        {
            text.Append(context.Text(BotTextKeys.DesksIntro));
            foreach (var desk in tenant.Desks.Take(maxDesks))
            {
                text.Append("\n\n• ").Append(desk.Name);
                AppendLine(text, desk.Address);
                AppendLine(text, desk.Hours);
            }
        }

        if (tenant.Website is { } website)
        {
            text.Append("\n\n").Append(context.Text(BotTextKeys.DesksWebsite, new Dictionary<string, string> { ["url"] = website }));
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.Append("\n  ").Append(line);
        }
    }
}
