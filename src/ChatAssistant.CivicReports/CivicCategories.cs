namespace ChatAssistant.CivicReports;

/// <summary>The categories offered as buttons; the flow stores the id, texts come from civic.cat.&lt;id&gt;.</summary>
public static class CivicCategories
{
    public const string Roads = "strade";
    public const string Lighting = "illuminazione";
    public const string Waste = "rifiuti";
    public const string Green = "verde";
    public const string Other = "altro";
    public const string Suggestion = "suggerimento";
    public const string Complaint = "reclamo";

    public static IReadOnlyList<string> All { get; } = [Roads, Lighting, Waste, Green, Other, Suggestion, Complaint];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);

    public static string TextKey(string category) => "civic.cat." + category;
}
