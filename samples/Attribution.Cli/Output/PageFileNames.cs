using System.Text;

namespace Attribution.Cli.Output;

/// <summary>
/// Turns document ids into file names that stay inside the output directory and never collide: ids come from
/// file names or JSONL lines, so they may hold separators, "..", reserved characters or repeat.
/// </summary>
internal sealed class PageFileNames(string extension)
{
    private const int MaxStemLength = 120;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string stem = Stem(id);
        string name = stem + extension;
        for (int n = 2; !_used.Add(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return name;
    }

    private static string Stem(string id)
    {
        var builder = new StringBuilder(Math.Min(id.Length, MaxStemLength));
        foreach (char c in id)
        {
            if (builder.Length == MaxStemLength)
            {
                break;
            }

            bool safe = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' || (c > 127 && char.IsLetterOrDigit(c));
            builder.Append(safe ? c : '_');
        }

        // A leading dot would hide the file or make "." and ".." names.
        while (builder.Length > 0 && builder[0] == '.')
        {
            builder[0] = '_';
        }

        return builder.Length == 0 ? "document" : builder.ToString();
    }
}
