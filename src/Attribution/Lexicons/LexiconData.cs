
namespace Attribution.Lexicons;

/// <summary>
/// Reads the embedded lexicon files (<c>Lexicons/Data/*.txt</c>), the one reader every word list goes through:
/// one entry a line, <c>#</c> starts a comment that runs to the line end, blank lines are skipped.
/// </summary>
internal static class LexiconData
{
    /// <summary>The non-empty, non-comment lines of the embedded file <paramref name="fileName"/>, trimmed.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        string resource = "Attribution.Lexicons." + fileName;
        using var stream = typeof(LexiconData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded lexicon '{resource}' is missing from {typeof(LexiconData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int comment = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length > 0)
            {
                lines.Add(entry);
            }
        }

        return lines;
    }

    /// <summary>Splits a lexicon line into its white-space separated fields.</summary>
    public static string[] Fields(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lines of a two-column file: the text before the first tab, and the rest (empty when the line has no tab), both trimmed.</summary>
    public static IEnumerable<(string First, string Second)> Columns(string fileName)
    {
        foreach (var line in Lines(fileName))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0 ? (line, string.Empty) : (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }
}
