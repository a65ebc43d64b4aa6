using System.Runtime.InteropServices;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// Lowers the calling thread's CPU priority (Linux "nice" 10), for work nobody waits on: copying journaled writes into
/// LiteDB. On a 2-core machine that work competed for the cores with the turns themselves. .NET's Thread.Priority does
/// nothing on Linux, hence setpriority on the thread's own id. Elsewhere, or if refused, nothing changes.
/// </summary>
internal static class BackgroundPriority
{
    private const int PriorityProcess = 0;
    private const int Nice = 10;

    public static void LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = NativeMethods.setpriority(PriorityProcess, NativeMethods.gettid(), Nice);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // An older libc without gettid: the thread keeps its priority.
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int priority);
    }
}
