namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// One source of an entry's facts: an official page (<see cref="Url"/>) or a named document such as a project plan
/// (<see cref="Document"/>), and the day someone checked that it still says what the entry says.
/// </summary>
public sealed record KnowledgeSource(string? Url, string? Document, DateOnly? Checked, string? About);
