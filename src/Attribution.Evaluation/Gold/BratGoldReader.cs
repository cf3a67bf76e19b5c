using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Attribution.Evaluation.Gold;

/// <summary>
/// Reads brat standoff folders (the PolNeAR format): every <c>name.ann</c> with its <c>name.txt</c>, searched
/// recursively. Text-bound lines (<c>T3\tContent 10 20;25 30\ttext</c>) hold the spans, discontinuous ones
/// joined by <c>;</c>; event lines (<c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>) join them into
/// one statement. Roles may carry a number (<c>Content2</c>), whose spans are added to the same role. A
/// <c>Content</c> annotation that no event uses still counts, as a statement without cue or source. Content
/// fragments that only white space separates (a span cut at a line break) are one piece.
/// Other lines (relations, attributes, notes) are ignored. brat counts offsets in Unicode code points;
/// they are converted to UTF-16. brat has no speech/belief flag, so every statement counts as speech.
/// </summary>
public static class BratGoldReader
{

    /// <summary>Reads every <c>.ann</c>/<c>.txt</c> pair under <paramref name="folder"/>, ordered by path.</summary>
    public static IReadOnlyList<GoldDocument> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string[] annotationFiles;
        try
        {
            annotationFiles = Directory.GetFiles(folder, "*.ann", SearchOption.AllDirectories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{folder}: {e.Message}", e);
        }

        if (annotationFiles.Length == 0)
        {
            throw new GoldFormatException($"{folder}: no .ann files (expected brat standoff: name.txt + name.ann)");
        }

        Array.Sort(annotationFiles, StringComparer.Ordinal);
        var documents = new List<GoldDocument>(annotationFiles.Length);
        foreach (string annotationFile in annotationFiles)
        {
            string textFile = Path.ChangeExtension(annotationFile, ".txt");
            if (!File.Exists(textFile))
            {
                throw new GoldFormatException($"{annotationFile}: no matching text file {Path.GetFileName(textFile)}");
            }

            string id = Path.ChangeExtension(Path.GetRelativePath(folder, annotationFile), null).Replace('\\', '/');
            documents.Add(Parse(id, GoldFile.ReadAllText(textFile), GoldFile.ReadAllText(annotationFile), annotationFile));
        }

        return documents;
    }

    /// <summary>Parses one document from its text and the content of its <c>.ann</c> file.</summary>
    public static GoldDocument Parse(string id, string text, string annotations, string where)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        var units = new CodePointOffsets(text);
        var textBounds = new Dictionary<string, (string Type, ImmutableArray<TextSpan> Pieces)>(StringComparer.Ordinal);
        var events = new List<(int Line, List<(string Role, string Id)> Arguments)>();
        int lineNumber = 0;
        using (var reader = new StringReader(annotations))
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                if (line[0] == 'T')
                {
                    var (annotationId, type, pieces) = ParseTextBound(line, text, units, $"{where}:{lineNumber}");
                    textBounds[annotationId] = (type, pieces);
                }
                else if (line[0] == 'E')
                {
                    events.Add((lineNumber, ParseEvent(line, $"{where}:{lineNumber}")));
                }
            }
        }

        var statements = ImmutableArray.CreateBuilder<GoldStatement>();
        var usedContents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, arguments) in events)
        {
            var roles = new Dictionary<string, List<TextSpan>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (role, annotationId) in arguments)
            {
                if (!textBounds.TryGetValue(annotationId, out var bound))
                {
                    // An argument may name another event (nested attributions); only text spans are scored.
                    if (annotationId.StartsWith('E'))
                    {
                        continue;
                    }

                    throw new GoldFormatException($"{where}:{line}: unknown annotation {annotationId}");
                }

                string name = RoleName(role);
                if (name.Equals("Content", StringComparison.OrdinalIgnoreCase))
                {
                    usedContents.Add(annotationId);
                }

                if (!roles.TryGetValue(name, out var spans))
                {
                    roles[name] = spans = [];
                }

                spans.AddRange(bound.Pieces);
            }

            if (roles.TryGetValue("Content", out var content) && content.Count > 0)
            {
                statements.Add(Statement(text, content, Cover(roles, "Cue"), Cover(roles, "Source"), Cover(roles, "Addressee")));
            }
        }

        foreach (var (annotationId, bound) in textBounds)
        {
            if (bound.Type.Equals("Content", StringComparison.OrdinalIgnoreCase) && !usedContents.Contains(annotationId))
            {
                statements.Add(Statement(text, [.. bound.Pieces], null, null, null));
            }
        }

        var ordered = statements.OrderBy(s => s.Content.Start).ThenBy(s => s.Content.End).ToImmutableArray();
        return new GoldDocument(id, text, null, ordered);
    }

    private static GoldStatement Statement(string text, List<TextSpan> contentPieces, TextSpan? cue, TextSpan? source, TextSpan? addressee)
    {
        contentPieces.Sort();
        JoinAcrossWhiteSpace(text, contentPieces);
        var content = new TextSpan(contentPieces[0].Start, contentPieces.Max(p => p.End));
        var fragments = contentPieces.Count > 1 ? contentPieces.ToImmutableArray() : [];
        return new GoldStatement(
            QuoteMarks.KindOf(text, content), content, fragments, cue, source, null, addressee, null, null, null, IsSpeech: true, IsRequired: true);
    }

    /// <summary>
    /// Joins sorted pieces that only white space separates: brat's editor (and <c>attribution extract --format
    /// brat</c>) cuts a span at line breaks, which a .ann line cannot hold; the annotated span is still one.
    /// </summary>
    private static void JoinAcrossWhiteSpace(string text, List<TextSpan> pieces)
    {
        for (int i = pieces.Count - 1; i > 0; i--)
        {
            var before = pieces[i - 1];
            var after = pieces[i];
            if (before.End <= after.Start && text.AsSpan(before.End, after.Start - before.End).IsWhiteSpace())
            {
                pieces[i - 1] = new TextSpan(before.Start, Math.Max(before.End, after.End));
                pieces.RemoveAt(i);
            }
        }
    }

    private static TextSpan? Cover(Dictionary<string, List<TextSpan>> roles, string role) =>
        roles.TryGetValue(role, out var spans) && spans.Count > 0
            ? new TextSpan(spans.Min(s => s.Start), spans.Max(s => s.End))
            : null;

    /// <summary>"Content2" → "Content": brat numbers repeated roles.</summary>
    private static string RoleName(string role)
    {
        int end = role.Length;
        while (end > 0 && char.IsAsciiDigit(role[end - 1]))
        {
            end--;
        }

        return end == 0 ? role : role[..end];
    }

    private static (string Id, string Type, ImmutableArray<TextSpan> Pieces) ParseTextBound(string line, string text, CodePointOffsets units, string where)
    {
        string[] columns = line.Split('\t');
        if (columns.Length < 2)
        {
            throw new GoldFormatException($"{where}: a text-bound line needs 'ID<TAB>Type start end[;start end]<TAB>text'");
        }

        string description = columns[1];
        int space = description.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            throw new GoldFormatException($"{where}: no offsets in '{description}'");
        }

        string type = description[..space];
        var pieces = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (string range in description[(space + 1)..].Split(';'))
        {
            string[] bounds = range.Trim().Split(' ');
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start || end > units.CodePointCount)
            {
                throw new GoldFormatException($"{where}: bad offsets '{range}' (text has {units.CodePointCount} characters)");
            }

            pieces.Add(new TextSpan(units.ToUtf16(start), units.ToUtf16(end)));
        }

        if (pieces.Count == 1 && columns.Length >= 3)
        {
            var span = pieces[0];
            string expected = columns[2];
            if (!text.AsSpan(span.Start, span.Length).SequenceEqual(expected) && expected.IndexOf('\n', StringComparison.Ordinal) < 0)
            {
                throw new GoldFormatException(
                    $"{where}: offsets {description[(space + 1)..]} read \"{span.Slice(text)}\" but the annotation says \"{expected}\"");
            }
        }

        return (columns[0], type, pieces.ToImmutable());
    }

    private static List<(string Role, string Id)> ParseEvent(string line, string where)
    {
        string[] columns = line.Split('\t');
        if (columns.Length < 2)
        {
            throw new GoldFormatException($"{where}: an event line needs 'ID<TAB>Type:Trigger Role:ID …'");
        }

        var arguments = new List<(string, string)>();
        foreach (string part in columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                throw new GoldFormatException($"{where}: '{part}' is not Role:ID");
            }

            // The first pair is the event type and its trigger; a trigger typed Cue/Source/Content plays that role.
            arguments.Add((part[..colon], part[(colon + 1)..]));
        }

        return arguments;
    }

    /// <summary>Maps brat's code-point offsets to UTF-16 offsets; the identity when the text has no surrogate pair.</summary>
    private sealed class CodePointOffsets
    {
        private readonly int[]? _utf16ByCodePoint;

        public CodePointOffsets(string text)
        {
            int pairs = 0;
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                {
                    pairs++;
                    i++;
                }
            }

            CodePointCount = text.Length - pairs;
            if (pairs == 0)
            {
                return;
            }

            _utf16ByCodePoint = new int[CodePointCount + 1];
            int codePoint = 0;
            for (int i = 0; i < text.Length; i++)
            {
                _utf16ByCodePoint[codePoint++] = i;
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
            }

            _utf16ByCodePoint[codePoint] = text.Length;
        }

        public int CodePointCount { get; }

        public int ToUtf16(int codePoint) => _utf16ByCodePoint is null ? codePoint : _utf16ByCodePoint[codePoint];
    }
}
