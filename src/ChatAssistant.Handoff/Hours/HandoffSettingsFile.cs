using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatAssistant.Handoff.Hours;

/// <summary>
/// Reads knowledge-base/comuni/&lt;tenant&gt;/handoff.yaml. A missing file means: always open, claim by hand, the
/// default timeout. A broken file is an error naming the file, so a wrong hour never reaches citizens silently.
/// </summary>
public static class HandoffSettingsFile
{
    public const string FileName = "handoff.yaml";

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static TenantHandoffSettings Read(string? path, TimeSpan defaultTimeout)
    {
        if (path is null || !File.Exists(path))
        {
            return new TenantHandoffSettings(DeskSchedule.AlwaysOpen, AssignmentMode.Manual, defaultTimeout);
        }

        try
        {
            var yaml = Reader.Deserialize<HandoffYaml>(File.ReadAllText(path)) ?? new HandoffYaml();
            return Parse(yaml, defaultTimeout);
        }
        catch (Exception ex) when (ex is FormatException or YamlDotNet.Core.YamlException or TimeZoneNotFoundException or ArgumentException)
        {
            throw new InvalidOperationException($"{path}: {ex.Message}", ex);
        }
    }

    private static TenantHandoffSettings Parse(HandoffYaml yaml, TimeSpan defaultTimeout)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(yaml.Timezone ?? "Europe/Rome");
        var windows = new List<OpeningWindow>();
        foreach (var (name, spans) in yaml.Hours ?? [])
        {
            if (!Days.TryGetValue(name, out var day))
            {
                throw new FormatException($"'{name}' is not a day: use monday ... sunday.");
            }

            foreach (var span in (spans ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = span.Split('-');
                if (parts.Length != 2 || !TimeOnly.TryParse(parts[0], CultureInfo.InvariantCulture, out var from)
                    || !TimeOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var to) || to <= from)
                {
                    throw new FormatException($"'{span}' on {name} is not a span like 09:00-13:00.");
                }

                windows.Add(new OpeningWindow(day, from, to));
            }
        }

        var closures = (yaml.Closures ?? []).Select(c => DateOnly.ParseExact(c, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        var mode = yaml.Assignment?.ToLowerInvariant() switch
        {
            null or "manual" => AssignmentMode.Manual,
            "auto" => AssignmentMode.Auto,
            var other => throw new FormatException($"assignment '{other}': use manual or auto."),
        };
        var timeout = yaml.ClaimTimeoutMinutes is { } minutes and > 0 ? TimeSpan.FromMinutes(minutes) : defaultTimeout;
        return new TenantHandoffSettings(new DeskSchedule(windows, closures, zone), mode, timeout);
    }

    private sealed class HandoffYaml
    {
        public string? Timezone { get; set; }
        public string? Assignment { get; set; }
        public int? ClaimTimeoutMinutes { get; set; }
        public Dictionary<string, string?>? Hours { get; set; }
        public List<string>? Closures { get; set; }
    }
}
