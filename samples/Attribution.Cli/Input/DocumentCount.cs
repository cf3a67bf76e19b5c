namespace Attribution.Cli.Input;

/// <summary>
/// Counts the documents the inputs will yield without reading their text, to size a progress bar: files count
/// one, directories their <c>*.txt</c> files (<see cref="TextFileFinder"/>), JSONL files their non-blank lines. Standard input cannot be
/// counted ahead and yields null.
/// </summary>
internal static class DocumentCount
{
    public static int? Estimate(IReadOnlyList<string> paths, IReadOnlyList<string> jsonlInputs, bool recursive = false)
    {
        long count = 0;
        try
        {
            foreach (var path in paths)
            {
                if (path == "-")
                {
                    return null;
                }

                count += Directory.Exists(path) ? TextFileFinder.Find(path, recursive).LongCount() : 1;
            }

            foreach (var jsonl in jsonlInputs)
            {
                if (jsonl == "-")
                {
                    return null;
                }

                foreach (var line in File.ReadLines(jsonl))
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        count++;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports unreadable inputs in place; the estimate just goes without them.
        }

        return (int)Math.Min(count, int.MaxValue);
    }
}
