namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>A data folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatassistant-tests", Guid.NewGuid().ToString("N"));

    public string DataFile => System.IO.Path.Combine(Path, "chatassistant.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
