namespace ChatAssistant.Reports.Metrics;

/// <summary>The "ChatAssistant:Metrics" section: who may read /metrics.</summary>
public sealed class MetricsOptions
{
    public const string Section = "ChatAssistant:Metrics";

    /// <summary>False turns /metrics off (404). Default: on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Networks (CIDR, e.g. "10.20.0.0/16") allowed besides the machine itself; others get 403. Default: none, so only
    /// local requests (a Prometheus or an agent on the same machine) read the metrics.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
