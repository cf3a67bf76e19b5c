using System.Runtime.InteropServices;

namespace Attribution.Cli.Input;

/// <summary>
/// Tells a regular file from a FIFO, socket or device before it is opened: opening a FIFO for reading blocks
/// until something writes to it, and a device such as /dev/zero never ends. .NET reports all of them as
/// <see cref="FileAttributes.Normal"/>, so on Linux this asks the kernel (statx, whose buffer layout is the
/// same on every architecture). Elsewhere it cannot tell and says "regular": Windows has no such files in a
/// directory; on other Unixes a FIFO among the inputs would still block.
/// </summary>
internal static partial class FileKind
{
    private const int CurrentDirectory = -100;           // AT_FDCWD: a relative path is relative to the working directory.
    private const uint StatxType = 0x1;                  // STATX_TYPE: only the file type is needed.
    private const int StatxBufferSize = 256;             // sizeof(struct statx).
    private const int ModeOffset = 28;                   // offsetof(struct statx, stx_mode), a 16-bit field.
    private const int TypeMask = 0xF000;                 // S_IFMT
    private const int RegularType = 0x8000;              // S_IFREG

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// False only when <paramref name="path"/> (after symbolic links) is known to be something other than a
    /// regular file; true for regular files and whenever the type cannot be read (the read then reports why).
    /// </summary>
    public static bool IsRegularOrUnknown(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_unavailable)
        {
            return true;
        }

        byte[] buffer = new byte[StatxBufferSize];
        try
        {
            if (Statx(CurrentDirectory, path, 0, StatxType, buffer) != 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28, older musl): cannot tell, as on other systems.
            _unavailable = true;
            return true;
        }

        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularType;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
