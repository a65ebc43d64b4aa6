using ChatAssistant.Dialogs.Actions;

namespace ChatAssistant.CivicReports.Filing;

/// <summary>The segnala flow's values (dialogs/segnala.yaml step ids) and the checks' outcome, in one place.</summary>
internal static class CivicValues
{
    public const string Category = "categoria";
    public const string Description = "descrizione";
    public const string PlaceAnswer = "luogo";
    public const string PhotoAnswer = "foto";

    /// <summary>What the checks decided: an address, or a shared position as "lat;lon".</summary>
    public const string Place = "civic_place";
    public const string Position = "civic_position";
    public const string PhotoFile = "civic_photo_file";

    /// <summary>The branch value after a check: "ok", "retry" (ask the same question again) or "skip".</summary>
    public const string Outcome = "esito";
    public const string Ok = "ok";
    public const string Retry = "retry";
    public const string Skip = "skip";

    /// <summary>Says why the answer does not fit, and sends the flow back to the question.</summary>
    public static void AskAgain(ActionContext context, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        context.Turn.SendText(context.Text(key, values));
        context.Values[Outcome] = Retry;
    }

    /// <summary>True when <paramref name="answer"/> is the button <paramref name="key"/> in any language.</summary>
    public static bool IsButton(ActionContext context, string answer, string key) =>
        Core.Pipeline.Languages.Supported.Any(l => string.Equals(context.Texts.Get(key, l).Trim(), answer.Trim(), StringComparison.OrdinalIgnoreCase));
}
