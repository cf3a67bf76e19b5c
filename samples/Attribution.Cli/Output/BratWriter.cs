using System.Globalization;
using System.Text;

namespace Attribution.Cli.Output;

/// <summary>
/// Writes one document's statements as brat standoff, the format of PolNeAR-style attribution corpora, which
/// brat and INCEpTION open and <c>attribution eval DIR</c> reads back (<c>BratGoldReader</c>). Each statement is
/// an <c>Attribution</c> event over text-bound <c>Source</c>, <c>Cue</c>, <c>Content</c> and <c>Addressee</c>
/// spans: <c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>, its trigger <c>T4</c> on the cue (on the
/// content when there is no cue). An interrupted content is one discontinuous span (<c>start end;start end</c>).
/// A span that one statement shares with another (one speaker, two quotes) is written once.
/// </summary>
/// <remarks>
/// brat counts offsets in Unicode code points, not UTF-16 units, so a character outside the BMP counts one.
/// A line of a <c>.ann</c> file cannot hold a line break and its columns are split at tabs, so a span is cut
/// into fragments around line breaks and tabs — as brat's own editor does; the reader joins fragments that
/// only white space separates, so the round trip keeps the span whole.
/// </remarks>
internal static class BratWriter
{
    /// <summary>The brat configuration file written once into the output directory.</summary>
    public const string ConfigurationFileName = "annotation.conf";

    /// <summary>The types and event arguments this writer uses, for brat's <c>annotation.conf</c>.</summary>
    public const string Configuration = """
        # Written by attribution extract --format brat: one Attribution event per statement.
        [entities]
        Source
        Cue
        Content
        Addressee

        [relations]
        <OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

        [events]
        Attribution	Content:Content, Cue?:Cue, Source?:Source, Addressee?:Addressee

        [attributes]

        """;

    private const string EventType = "Attribution";

    /// <summary>Writes the <c>.ann</c> lines of <paramref name="result"/>, whose spans index <paramref name="text"/>.</summary>
    public static void WriteAnnotations(TextWriter annotations, string text, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        var offsets = new CodePointIndex(text);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        int eventCount = 0;

        string? Bound(string type, IEnumerable<TextSpan> spans)
        {
            var pieces = spans.SelectMany(span => Pieces(text, span)).ToList();
            if (pieces.Count == 0)
            {
                return null;
            }

            string ranges = string.Join(';', pieces.Select(p => string.Create(CultureInfo.InvariantCulture, $"{offsets.Of(p.Start)} {offsets.Of(p.End)}")));
            string key = type + " " + ranges;
            if (written.TryGetValue(key, out string? id))
            {
                return id;
            }

            id = "T" + (written.Count + 1).ToString(CultureInfo.InvariantCulture);
            written[key] = id;
            annotations.Write($"{id}\t{key}\t{string.Join(' ', pieces.Select(p => text.AsSpan(p.Start, p.Length).ToString()))}\n");
            return id;
        }

        foreach (var statement in result.Statements)
        {
            var contentSpans = statement.Fragments.IsDefaultOrEmpty ? [statement.Content.Span] : statement.Fragments.Select(f => f.Span);
            string? source = statement.Speaker is { } speaker ? Bound("Source", [speaker.Span]) : null;
            string? cue = statement.Cue is { } c ? Bound("Cue", [c.Span]) : null;
            string? content = Bound("Content", contentSpans);
            string? addressee = statement.Addressee is { } a ? Bound("Addressee", [a.Span]) : null;
            if (content is null)
            {
                continue;
            }

            string? trigger = Bound(EventType, statement.Cue is { } triggerCue ? [triggerCue.Span] : contentSpans);
            var line = new StringBuilder();
            line.Append('E').Append(++eventCount).Append('\t').Append(EventType).Append(':').Append(trigger).Append(" Content:").Append(content);
            AppendRole(line, "Cue", cue);
            AppendRole(line, "Source", source);
            AppendRole(line, "Addressee", addressee);
            annotations.Write(line.Append('\n').ToString());
        }
    }

    private static void AppendRole(StringBuilder line, string role, string? id)
    {
        if (id is not null)
        {
            line.Append(' ').Append(role).Append(':').Append(id);
        }
    }

    /// <summary>The span cut around the characters that would end a line of the <c>.ann</c> file or split its columns.</summary>
    private static IEnumerable<TextSpan> Pieces(string text, TextSpan span)
    {
        int start = span.Start;
        for (int i = span.Start; i <= span.End; i++)
        {
            if (i == span.End || BreaksAnnotationLine(text[i]))
            {
                if (i > start)
                {
                    yield return new TextSpan(start, i);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>Tab (the column separator) and every character Python's <c>splitlines</c>, which brat reads with, ends a line at.</summary>
    private static bool BreaksAnnotationLine(char c) =>
        c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u001C' or '\u001D' or '\u001E' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>UTF-16 offsets to code-point offsets: each surrogate pair before an offset counts one, not two.</summary>
    private sealed class CodePointIndex
    {
        private readonly List<int> _lowSurrogates = [];

        public CodePointIndex(string text)
        {
            for (int i = 1; i < text.Length; i++)
            {
                if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
                {
                    _lowSurrogates.Add(i);
                }
            }
        }

        public int Of(int utf16Offset)
        {
            if (_lowSurrogates.Count == 0)
            {
                return utf16Offset;
            }

            int index = _lowSurrogates.BinarySearch(utf16Offset);
            int pairsBefore = index >= 0 ? index : ~index;
            return utf16Offset - pairsBefore;
        }
    }
}
