using System.Text.Json;
using ChatAssistant.Core.Conversations;

namespace ChatAssistant.Storage.PostgreSql.Conversations;

/// <summary>The state as JSON, in the same shape the LiteDB store keeps (property names as in the class).</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>The stored version column is the truth, whatever the JSON says.</summary>
    public static ConversationState Deserialize(string json, long version)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(json, Options) ?? throw new JsonException("The stored state is null.");
        state.Version = version;
        return state;
    }
}
