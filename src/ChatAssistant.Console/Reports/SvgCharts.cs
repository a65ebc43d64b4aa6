using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ChatAssistant.StaffConsole.Reports;

/// <summary>
/// Bar charts drawn on the server as inline SVG: no script, nothing to download, readable when printed. Each chart is
/// an image with a title and a one-sentence description for screen readers; the page puts the same figures in a table
/// beside it. Colours are Bootstrap Italia's primary blue on white (contrast above 4.5:1).
/// </summary>
public static class SvgCharts
{
    private const string Bar = "#0066cc";
    private const string Ink = "#1a1a1a";
    private const int Width = 800;

    /// <summary>Vertical columns in order (days, hours), with the first, middle and last labels shown.</summary>
    public static IHtmlContent Columns(string id, string title, string description, IReadOnlyList<(string Label, long Value)> points, int height = 220)
    {
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Value));
        var plot = height - 40;
        var step = points.Count == 0 ? Width : (double)(Width - 40) / points.Count;
        var svg = Open(id, title, description, height);
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var h = value * plot / (double)max;
            svg.Append(Invariant($"<rect x=\"{40 + i * step:F1}\" y=\"{10 + plot - h:F1}\" width=\"{Math.Max(1, step * 0.8):F1}\" height=\"{h:F1}\" fill=\"{Bar}\"><title>"))
                .Append(Encode(label)).Append(": ").Append(value.ToString("N0", CultureInfo.CurrentCulture)).Append("</title></rect>");
        }

        foreach (var i in new[] { 0, points.Count / 2, points.Count - 1 }.Distinct().Where(i => i >= 0 && i < points.Count))
        {
            svg.Append(Invariant($"<text x=\"{40 + i * step:F1}\" y=\"{height - 8}\" font-size=\"14\" fill=\"{Ink}\">")).Append(Encode(points[i].Label)).Append("</text>");
        }

        svg.Append(Invariant($"<text x=\"0\" y=\"20\" font-size=\"14\" fill=\"{Ink}\">")).Append(max.ToString("N0", CultureInfo.CurrentCulture)).Append("</text>");
        svg.Append(Invariant($"<line x1=\"40\" y1=\"{10 + plot}\" x2=\"{Width}\" y2=\"{10 + plot}\" stroke=\"{Ink}\" />"));
        return Close(svg);
    }

    /// <summary>Horizontal bars, one row per item with its label and value written out.</summary>
    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<(string Label, long Value)> items)
    {
        const int row = 30;
        var height = Math.Max(1, items.Count) * row + 10;
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(p => p.Value));
        var svg = Open(id, title, description, height);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var w = value * 440.0 / max;
            var y = 5 + i * row;
            svg.Append(Invariant($"<text x=\"0\" y=\"{y + 19}\" font-size=\"14\" fill=\"{Ink}\">")).Append(Encode(Short(label))).Append("</text>");
            svg.Append(Invariant($"<rect x=\"280\" y=\"{y + 4}\" width=\"{Math.Max(1, w):F1}\" height=\"20\" fill=\"{Bar}\" />"));
            svg.Append(Invariant($"<text x=\"{288 + w:F1}\" y=\"{y + 19}\" font-size=\"14\" fill=\"{Ink}\">")).Append(value.ToString("N0", CultureInfo.CurrentCulture)).Append("</text>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height) =>
        new StringBuilder()
            .Append(Invariant($"<svg class=\"report-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title id=\"{id}-t\">")).Append(Encode(title)).Append("</title>")
            .Append(Invariant($"<desc id=\"{id}-d\">")).Append(Encode(description)).Append("</desc>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Short(string label) => label.Length <= 34 ? label : label[..33] + "…";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
