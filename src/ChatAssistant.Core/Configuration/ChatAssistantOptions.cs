namespace ChatAssistant.Core.Configuration;

/// <summary>The "ChatAssistant" section: where data and content live.</summary>
public sealed class ChatAssistantOptions
{
    public const string Section = "ChatAssistant";

    /// <summary>Folder of the LiteDB file and the signing keys. Created if missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Folder of the flows (YAML) and the bot's texts.</summary>
    public string DialogsPath { get; set; } = "dialogs";

    /// <summary>Folder of the knowledge base and the municipalities' data.</summary>
    public string KnowledgeBasePath { get; set; } = "knowledge-base";
}
