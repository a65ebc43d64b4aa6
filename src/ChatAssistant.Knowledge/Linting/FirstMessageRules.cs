using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// The first message (first paragraph and first step, see <see cref="AnswerParts"/>) is what a phone shows without
/// scrolling: it must answer the question on its own and stay short.
/// </summary>
internal static class FirstMessageRules
{
    public static void Check(KnowledgeEntry entry, string file, List<LoadProblem> problems)
    {
        var parts = AnswerParts.Split(entry.Body);
        if (parts.Summary.Length == 0)
        {
            problems.Add(new LoadProblem(file,
                "the body must open with a paragraph that answers the question (not a list, a heading or a line ending with ':')"));
            return;
        }

        if (parts.Opening.Length > KnowledgeLinter.MaxFirstMessageCharacters)
        {
            problems.Add(new LoadProblem(file,
                $"the first message (first paragraph and first step) has {parts.Opening.Length} characters, more than "
                + $"{KnowledgeLinter.MaxFirstMessageCharacters}: keep the answer there and move details to the steps"));
        }
    }
}
