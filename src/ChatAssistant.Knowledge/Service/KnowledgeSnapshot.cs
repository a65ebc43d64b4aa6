using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Service;

/// <summary>What is serving right now: the loaded content and its index, swapped together on reload.</summary>
public sealed record KnowledgeSnapshot(KnowledgeBase Content, KnowledgeIndex Index, long Version, DateTimeOffset LoadedAt);
