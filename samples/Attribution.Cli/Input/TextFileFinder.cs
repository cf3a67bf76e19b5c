namespace Attribution.Cli.Input;

/// <summary>
/// Lists the documents of a directory: its <c>*.txt</c> files (the extension in any case: <c>A.TXT</c> too),
/// in ordinal order of their names, and with <c>recursive</c> those of its subdirectories, depth first, each at
/// its name's place. Symbolic links to directories are not followed (no loops). A FIFO, socket or device named
/// <c>*.txt</c> and an unreadable subdirectory become errors in place, so nothing blocks and the rest is read.
/// </summary>
internal static class TextFileFinder
{
    private const string Pattern = "*.txt";

    private static readonly EnumerationOptions OneLevel = new()
    {
        MatchType = MatchType.Simple,
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,   // hidden files (a leading dot) are read, as before
    };

    /// <summary>A file to read (<paramref name="Path"/>) or a problem to report (<paramref name="Error"/>).</summary>
    internal readonly record struct Entry(string? Path, InputError? Error);

    public static IEnumerable<Entry> Find(string directory, bool recursive)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] files;
        string[] subdirectories;
        try
        {
            files = Directory.GetFiles(directory, Pattern, OneLevel);
            subdirectories = recursive ? Directory.GetDirectories(directory, "*", OneLevel) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new Entry(null, new InputError(directory, null, e.Message))];
        }

        return Walk(files, subdirectories, recursive);
    }

    /// <summary>True when <paramref name="directory"/> has subdirectories (to suggest <c>--recursive</c>).</summary>
    public static bool HasSubdirectories(string directory)
    {
        try
        {
            return Directory.EnumerateDirectories(directory).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<Entry> Walk(string[] files, string[] subdirectories, bool recursive)
    {
        var entries = new List<(string Path, bool IsDirectory)>(files.Length + subdirectories.Length);
        entries.AddRange(files.Select(f => (f, false)));
        entries.AddRange(subdirectories.Select(d => (d, true)));
        entries.Sort((a, b) => StringComparer.Ordinal.Compare(Path.GetFileName(a.Path), Path.GetFileName(b.Path)));
        foreach (var (path, isDirectory) in entries)
        {
            if (!isDirectory)
            {
                yield return FileIsRegular(path)
                    ? new Entry(path, null)
                    : new Entry(null, new InputError(path, null, "not a regular file (a FIFO, socket or device), skipped"));
                continue;
            }

            if (new DirectoryInfo(path).LinkTarget is not null)
            {
                continue;
            }

            foreach (var entry in Find(path, recursive))
            {
                yield return entry;
            }
        }
    }

    private static bool FileIsRegular(string path) => FileKind.IsRegularOrUnknown(path);
}
