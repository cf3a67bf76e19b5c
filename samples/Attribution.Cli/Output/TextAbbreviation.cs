using System.Text;

namespace Attribution.Cli.Output;

/// <summary>Shortens text for one-line display: whitespace runs become one space, long text ends in "…" at a word boundary.</summary>
internal static class TextAbbreviation
{
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > maxLength)
            {
                break;
            }
        }

        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        // Cut at the last space that keeps a useful part of the text; else cut between code points.
        int cut = maxLength - 1;
        int space = builder.ToString(0, cut + 1).LastIndexOf(' ');
        if (space >= maxLength / 2)
        {
            cut = space;
        }
        else if (char.IsLowSurrogate(builder[cut]) && cut > 0)
        {
            cut--;
        }

        builder.Length = cut;
        return builder.ToString().TrimEnd() + "…";
    }
}
