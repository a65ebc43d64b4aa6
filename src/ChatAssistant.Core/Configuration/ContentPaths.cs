namespace ChatAssistant.Core.Configuration;

/// <summary>
/// Finds the content folders (dialogs/, knowledge-base/) whether the program runs from the repository root,
/// from a project folder under `dotnet run --project`, or from a test's bin folder.
/// </summary>
public static class ContentPaths
{
    /// <summary>
    /// An absolute or existing relative path is returned as it is; otherwise the folder is looked for in the
    /// current directory, the application's folder, and each of their parents.
    /// </summary>
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured) || Directory.Exists(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Folder '{configured}' not found in {Directory.GetCurrentDirectory()} or any parent. Set its path in configuration.");
    }
}
