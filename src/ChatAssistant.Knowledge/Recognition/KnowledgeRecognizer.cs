using ChatAssistant.Core.Understanding;
using ChatAssistant.Knowledge.Service;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>The <see cref="IRecognizer"/> over whatever snapshot is serving. Thread-safe: the index is read-only.</summary>
public sealed class KnowledgeRecognizer(KnowledgeService knowledge, ILanguageDetector detector, IOptions<KnowledgeOptions> options) : IRecognizer
{
    public Core.Understanding.Recognition Recognize(string text, string? tenantId, string? language) =>
        RecognitionEngine.Recognize(knowledge.Current.Index, options.Value, detector, text, tenantId, language);
}
