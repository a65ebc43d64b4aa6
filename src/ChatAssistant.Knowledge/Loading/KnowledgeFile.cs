using System.Diagnostics.CodeAnalysis;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reading a knowledge-base file where every failure becomes a <see cref="LoadProblem"/>, never an exception.</summary>
internal static class KnowledgeFile
{
    public static bool TryReadText(string path, string relative, List<LoadProblem> problems, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (IOException ex)
        {
            problems.Add(new LoadProblem(relative, $"cannot read the file: {ex.Message}"));
            text = null;
            return false;
        }
    }

    /// <summary>False when a problem was reported; true with a null <paramref name="yaml"/> for an empty file.</summary>
    public static bool TryReadYaml<T>(string path, string relative, List<LoadProblem> problems, out T? yaml)
        where T : class
    {
        yaml = null;
        if (!TryReadText(path, relative, problems, out var text))
        {
            return false;
        }

        yaml = FrontMatterDocument.ParseYaml<T>(text, out var error);
        if (error is not null)
        {
            problems.Add(new LoadProblem(relative, error));
            return false;
        }

        return true;
    }
}
