using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// Reads the pid the lock holder wrote. .NET's own file APIs take a shared flock when they open a file on Unix,
/// which the holder's exclusive lock refuses, so on Unix the file is read with plain open/read calls.
/// </summary>
internal static class LockFileReader
{
    private const int ReadOnly = 0;

    public static int? TryReadPid(string lockPath)
    {
        try
        {
            var text = OperatingSystem.IsWindows() ? File.ReadAllText(lockPath) : ReadWithoutLocking(lockPath);
            return int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static string? ReadWithoutLocking(string path)
    {
        var fd = NativeMethods.open(path, ReadOnly);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            var buffer = new byte[32];
            var count = NativeMethods.read(fd, buffer, buffer.Length);
            return count <= 0 ? null : Encoding.ASCII.GetString(buffer, 0, (int)count);
        }
        finally
        {
            _ = NativeMethods.close(fd);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint read(int fd, byte[] buffer, nint count);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int fd);
    }
}
