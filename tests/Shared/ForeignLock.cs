using System.Runtime.InteropServices;

namespace Griot.Testing;

/// <summary>
/// Holds a file's write lock as another process would: an open-file-description lock (Linux <c>F_OFD_SETLK</c>)
/// conflicts with the POSIX record lock DuckDB takes, even within one process, so a test need not start a second
/// process to see the store busy.
/// </summary>
internal sealed class ForeignLock : IDisposable
{
    private const int OfdSetLock = 37;
    private const short WriteLock = 1;
    private readonly FileStream _file;

    private ForeignLock(FileStream file) => _file = file;

    public static bool Supported => OperatingSystem.IsLinux() && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64);

    public static ForeignLock Take(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var whole = new Flock { Type = WriteLock };
        if (Fcntl((int)file.SafeFileHandle.DangerousGetHandle(), OfdSetLock, ref whole) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            file.Dispose();
            throw new IOException($"could not lock {path} (errno {error})");
        }

        return new ForeignLock(file);
    }

    // Closing the file releases the lock.
    public void Dispose() => _file.Dispose();

    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int descriptor, int command, ref Flock flock);
}
