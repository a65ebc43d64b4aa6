namespace ChatAssistant.Knowledge.Recognition;

/// <summary>What <see cref="MessageRanker"/> found in one message.</summary>
/// <param name="Ranked">Every id that matched, best first, with its uncapped rank.</param>
/// <param name="OtherNeeds">
/// Ids other than the best that lead a clause of the message where the best is weak: the citizen asked for two
/// things ("change my residence, and also pay the waste tax").
/// </param>
public sealed record RankedMessage(List<(string Id, double Rank)> Ranked, IReadOnlyList<string> OtherNeeds);
