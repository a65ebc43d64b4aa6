namespace ChatAssistant.Announcements.Delivery;

/// <summary>Progress of one announcement: every recipient counts in <see cref="Total"/>; queued ones are in none of the other three yet.</summary>
public sealed record DeliveryCounts(int Total, int Sent, int Failed, int Unreachable, int Retracted)
{
    public static DeliveryCounts None { get; } = new(0, 0, 0, 0, 0);

    public static DeliveryCounts From(IEnumerable<(RecipientStatus Status, int Count)> groups)
    {
        var byStatus = groups.ToDictionary(g => g.Status, g => g.Count);
        int Of(RecipientStatus s) => byStatus.GetValueOrDefault(s);
        return new DeliveryCounts(byStatus.Values.Sum(), Of(RecipientStatus.Sent), Of(RecipientStatus.Failed), Of(RecipientStatus.Unreachable), Of(RecipientStatus.Retracted));
    }
}
