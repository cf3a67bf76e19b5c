using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attribution.Evaluation.Gold;

/// <summary>
/// Reads gold documents written as JSON objects: <c>{"id","text","date"?,"statements":[…]}</c>, one per line
/// (the GUM file) or one per file (the seed fixture, whose date is <c>reference_date</c>). A statement has
/// <c>content</c> and optional <c>fragments</c>, <c>cue</c>, <c>speaker</c>, <c>addressee</c> and <c>time</c>
/// spans (<c>{"start","end","text"?}</c>), <c>speaker_resolved</c>, <c>addressee_resolved</c>,
/// <c>type</c> (or <c>kind</c>), <c>speech</c> and <c>required</c>. Every span is checked against the text.
/// </summary>
public static class JsonGoldReader
{

    /// <summary>Reads a JSONL file: one document per non-blank line.</summary>
    public static IReadOnlyList<GoldDocument> ReadLinesFile(string path)
    {
        string content = GoldFile.ReadAllText(path);
        var documents = new List<GoldDocument>();
        int lineNumber = 0;
        using var reader = new StringReader(content);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            documents.Add(ParseDocument(line, $"{path}:{lineNumber}", $"{Path.GetFileNameWithoutExtension(path)}-{lineNumber}"));
        }

        return documents;
    }

    /// <summary>Reads a file that holds one document object.</summary>
    public static GoldDocument ReadDocumentFile(string path) =>
        ParseDocument(GoldFile.ReadAllText(path), path, Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses one document object; <paramref name="where"/> prefixes every error message.</summary>
    public static GoldDocument ParseDocument(string json, string where, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return ReadDocument(parsed.RootElement, where, fallbackId);
        }
        catch (JsonException e)
        {
            throw new GoldFormatException($"{where}: not valid JSON ({e.Message})", e);
        }
    }

    private static GoldDocument ReadDocument(JsonElement root, string where, string fallbackId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GoldFormatException($"{where}: expected a JSON object");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            throw new GoldFormatException($"{where}: missing string property \"text\"");
        }

        string text = textElement.GetString()!;
        string id = OptionalString(root, "id") ?? fallbackId;
        DateOnly? date = ReadDate(root, where);
        var statements = ImmutableArray.CreateBuilder<GoldStatement>();
        if (root.TryGetProperty("statements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (var element in list.EnumerateArray())
            {
                statements.Add(ReadStatement(element, text, $"{where}: statement {index}"));
                index++;
            }
        }

        return new GoldDocument(id, text, date, statements.ToImmutable());
    }

    private static DateOnly? ReadDate(JsonElement root, string where)
    {
        string? value = OptionalString(root, "date") ?? OptionalString(root, "reference_date");
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string day = value.Length > 10 ? value[..10] : value;
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new GoldFormatException($"{where}: date is not YYYY-MM-DD: {value}");
        }

        return date;
    }

    private static GoldStatement ReadStatement(JsonElement element, string text, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new GoldFormatException($"{where}: expected a JSON object");
        }

        var content = OptionalSpan(element, "content", text, where)
            ?? throw new GoldFormatException($"{where}: missing \"content\"");
        var fragments = ImmutableArray<TextSpan>.Empty;
        if (element.TryGetProperty("fragments", out var fragmentList) && fragmentList.ValueKind == JsonValueKind.Array)
        {
            var builder = ImmutableArray.CreateBuilder<TextSpan>();
            foreach (var fragment in fragmentList.EnumerateArray())
            {
                builder.Add(ReadSpan(fragment, text, $"{where} fragment"));
            }

            fragments = builder.Count > 1 ? builder.ToImmutable() : [];
        }

        string? kindName = OptionalString(element, "type") ?? OptionalString(element, "kind");
        var kind = kindName is null ? QuoteMarks.KindOf(text, content) : ParseKind(kindName, where);
        TextSpan? time = OptionalSpan(element, "time", text, where);
        string? timeValue = element.TryGetProperty("time", out var timeElement) && timeElement.ValueKind == JsonValueKind.Object
            ? OptionalString(timeElement, "value")
            : null;
        return new GoldStatement(
            kind,
            content,
            fragments,
            OptionalSpan(element, "cue", text, where),
            OptionalSpan(element, "speaker", text, where),
            OptionalString(element, "speaker_resolved"),
            OptionalSpan(element, "addressee", text, where),
            OptionalString(element, "addressee_resolved"),
            time,
            timeValue,
            OptionalBool(element, "speech") ?? true,
            OptionalBool(element, "required") ?? true);
    }

    private static StatementKind ParseKind(string name, string where) => name.ToLowerInvariant() switch
    {
        "direct" => StatementKind.Direct,
        "indirect" => StatementKind.Indirect,
        "mixed" => StatementKind.Mixed,
        _ => throw new GoldFormatException($"{where}: unknown type '{name}' (known: direct, indirect, mixed)"),
    };

    private static TextSpan? OptionalSpan(JsonElement owner, string name, string text, string where) =>
        owner.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Object
            ? ReadSpan(element, text, $"{where} {name}")
            : null;

    private static TextSpan ReadSpan(JsonElement element, string text, string where)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("start", out var startElement) || !startElement.TryGetInt32(out int start)
            || !element.TryGetProperty("end", out var endElement) || !endElement.TryGetInt32(out int end))
        {
            throw new GoldFormatException($"{where}: a span needs integer \"start\" and \"end\"");
        }

        if (start < 0 || end < start || end > text.Length)
        {
            throw new GoldFormatException($"{where}: span [{start}, {end}) lies outside the text (length {text.Length})");
        }

        if (OptionalString(element, "text") is { } expected && !text.AsSpan(start, end - start).SequenceEqual(expected))
        {
            throw new GoldFormatException(
                $"{where}: span [{start}, {end}) reads \"{text.Substring(start, end - start)}\" but the gold says \"{expected}\" (offsets must be UTF-16 code units)");
        }

        return new TextSpan(start, end);
    }

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static bool? OptionalBool(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var element) && element.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? element.GetBoolean()
            : null;
}
