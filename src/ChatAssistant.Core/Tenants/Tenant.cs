namespace ChatAssistant.Core.Tenants;

/// <summary>A municipality using the service. Loaded from knowledge-base/comuni/&lt;id&gt;/comune.yaml.</summary>
public sealed class Tenant
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<HelpDesk> Desks { get; init; } = [];
    public IReadOnlyList<string> Neighbourhoods { get; init; } = [];
    /// <summary>Other names of the town (e.g. "Milan"), so shared content can be checked for naming it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed class HelpDesk
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Address { get; init; }
    public string? Hours { get; init; }
    /// <summary>True when the hours are example data (the seeds give none).</summary>
    public bool ExampleHours { get; init; }
    public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary>What a citizen should know before going (e.g. the place comes from a past project), shown under the desk.</summary>
    public string? Note { get; init; }
}
