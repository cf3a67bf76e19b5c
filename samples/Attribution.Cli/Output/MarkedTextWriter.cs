namespace Attribution.Cli.Output;

/// <summary>
/// Writes text with elements wrapped around spans that may nest, touch or cross. Crossing spans cannot nest
/// in HTML, so an element that is still open when an inner one must close is closed with it and reopened
/// right after: the markup is always well formed and every text character is written once, in order.
/// </summary>
internal static class MarkedTextWriter
{
    public static void Write(TextWriter writer, string text, IReadOnlyList<MarkedSpan> spans)
    {
        var marks = new List<MarkedSpan>(spans.Count);
        foreach (var span in spans)
        {
            // Spans outside the text or empty ones carry nothing to show; skipping them keeps the text intact.
            if (span.Start >= 0 && span.End <= text.Length && span.Start < span.End)
            {
                marks.Add(span);
            }
        }

        marks.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Layer.CompareTo(b.Layer));

        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            boundaries.Add(mark.Start);
            boundaries.Add(mark.End);
        }

        var open = new List<MarkedSpan>();
        var reopen = new List<MarkedSpan>();
        int next = 0;
        int position = 0;
        foreach (int boundary in boundaries)
        {
            HtmlText.Write(writer, text.AsSpan(position, boundary - position));
            position = boundary;

            int lowestEnding = open.FindIndex(m => m.End == boundary);
            if (lowestEnding >= 0)
            {
                reopen.Clear();
                for (int i = open.Count - 1; i >= lowestEnding; i--)
                {
                    writer.Write(open[i].CloseTag);
                    if (open[i].End != boundary)
                    {
                        reopen.Add(open[i]);
                    }
                }

                open.RemoveRange(lowestEnding, open.Count - lowestEnding);
                for (int i = reopen.Count - 1; i >= 0; i--)
                {
                    writer.Write(reopen[i].ReopenTag);
                    open.Add(reopen[i]);
                }
            }

            while (next < marks.Count && marks[next].Start == boundary)
            {
                writer.Write(marks[next].OpenTag);
                open.Add(marks[next]);
                next++;
            }
        }
    }
}
