using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attribution.Serialization;

/// <summary>
/// Writes results in the JSON contract of <c>attribution extract --format jsonl</c> (one object per document,
/// camelCase, half-open UTF-16 offsets), which evaluation tools read. Stateless and thread-safe.
/// </summary>
public static class AttributionJson
{
    /// <summary>Writer options that keep non-ASCII text readable; the output is still valid JSON.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one document's result as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="id">The document id (file name without extension, or the id given on input).</param>
    /// <param name="source">The path as given, or null.</param>
    /// <param name="result">The extraction result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="id"/> or <paramref name="result"/> is null.</exception>
    public static void WriteDocument(Utf8JsonWriter writer, string id, string? source, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString(JsonPropertyNames.Id, id);
        if (source is null)
        {
            writer.WriteNull(JsonPropertyNames.Source);
        }
        else
        {
            writer.WriteString(JsonPropertyNames.Source, source);
        }

        WriteStatementsAndEntities(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>The <c>statements</c>, <c>declines</c> and <c>entities</c> properties of a document object.</summary>
    internal static void WriteStatementsAndEntities(Utf8JsonWriter writer, AttributionResult result)
    {
        writer.WriteStartArray(JsonPropertyNames.Statements);
        foreach (var statement in result.Statements)
        {
            WriteStatement(writer, statement);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonPropertyNames.Declines);
        foreach (var decline in result.Declines.IsDefault ? [] : result.Declines)
        {
            WriteDecline(writer, decline);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonPropertyNames.Entities);
        foreach (var entity in result.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();
    }

    /// <summary>One document's result as a single line of JSON (no trailing newline).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="result"/> is null.</exception>
    public static string Serialize(string id, string? source, AttributionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteDocument(writer, id, source, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonPropertyNames.Kind, KindName(statement.Kind));
        writer.WritePropertyName(JsonPropertyNames.Content);
        WriteExcerpt(writer, statement.Content);
        if (!statement.Fragments.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(JsonPropertyNames.Fragments);
            foreach (var fragment in statement.Fragments)
            {
                WriteExcerpt(writer, fragment);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName(JsonPropertyNames.Cue);
        WriteCue(writer, statement.Cue);
        writer.WritePropertyName(JsonPropertyNames.Speaker);
        WriteSpeaker(writer, statement.Speaker);
        writer.WritePropertyName(JsonPropertyNames.Addressee);
        WriteAddressee(writer, statement.Addressee);
        writer.WritePropertyName(JsonPropertyNames.Time);
        WriteTime(writer, statement.Time);
        writer.WriteBoolean(JsonPropertyNames.Speech, statement.IsSpeech);
        writer.WriteNumber(JsonPropertyNames.Confidence, statement.Confidence);
        writer.WriteNumber(JsonPropertyNames.Act, statement.Act);
        if (statement.OnBehalfOf is { } onBehalfOf)
        {
            writer.WritePropertyName(JsonPropertyNames.OnBehalfOf);
            WriteOnBehalfOf(writer, onBehalfOf);
        }

        writer.WriteEndObject();
    }

    /// <summary>One decline: <c>{"cue":…,"speaker":…,"addressee":…,"time":…,"confidence":…}</c>, and <c>onBehalfOf</c> when there is one.</summary>
    internal static void WriteDecline(Utf8JsonWriter writer, Decline decline)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(JsonPropertyNames.Cue);
        WriteCue(writer, decline.Cue);
        writer.WritePropertyName(JsonPropertyNames.Speaker);
        WriteSpeaker(writer, decline.Speaker);
        writer.WritePropertyName(JsonPropertyNames.Addressee);
        WriteAddressee(writer, decline.Addressee);
        writer.WritePropertyName(JsonPropertyNames.Time);
        WriteTime(writer, decline.Time);
        writer.WriteNumber(JsonPropertyNames.Confidence, decline.Confidence);
        if (decline.OnBehalfOf is { } onBehalfOf)
        {
            writer.WritePropertyName(JsonPropertyNames.OnBehalfOf);
            WriteOnBehalfOf(writer, onBehalfOf);
        }

        writer.WriteEndObject();
    }

    internal static void WriteOnBehalfOf(Utf8JsonWriter writer, OnBehalfOfMention? onBehalfOf)
    {
        if (onBehalfOf is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteExcerpt(writer, onBehalfOf.Span, onBehalfOf.Text, endObject: false);
        WriteEntityId(writer, onBehalfOf.Entity);
        writer.WriteEndObject();
    }

    internal static void WriteExcerpt(Utf8JsonWriter writer, TextExcerpt excerpt)
    {
        WriteExcerpt(writer, excerpt.Span, excerpt.Chars, endObject: true);
    }

    internal static void WriteCue(Utf8JsonWriter writer, Cue? cue)
    {
        if (cue is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteExcerpt(writer, cue.Span, cue.Text, endObject: false);
        writer.WriteString(JsonPropertyNames.Lemma, cue.Lemma);
        writer.WriteEndObject();
    }

    internal static void WriteSpeaker(Utf8JsonWriter writer, SpeakerMention? speaker)
    {
        if (speaker is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteExcerpt(writer, speaker.Span, speaker.Text, endObject: false);
        writer.WriteString(JsonPropertyNames.Kind, MentionKindName(speaker.Kind));
        WriteEntityId(writer, speaker.Entity);
        writer.WriteEndObject();
    }

    internal static void WriteAddressee(Utf8JsonWriter writer, AddresseeMention? addressee)
    {
        if (addressee is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteExcerpt(writer, addressee.Span, addressee.Text, endObject: false);
        WriteEntityId(writer, addressee.Entity);
        writer.WriteEndObject();
    }

    internal static void WriteTime(Utf8JsonWriter writer, TimeReference? time)
    {
        if (time is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteExcerpt(writer, time.Span, time.Text, endObject: false);
        if (time.Value is null)
        {
            writer.WriteNull(JsonPropertyNames.Value);
        }
        else
        {
            writer.WriteString(JsonPropertyNames.Value, time.Value);
        }

        writer.WriteEndObject();
    }

    internal static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonPropertyNames.Id, entity.Id);
        writer.WriteString(JsonPropertyNames.Name, entity.Name);
        writer.WriteString(JsonPropertyNames.Kind, EntityKindName(entity.Kind));
        if (entity.Gender != Gender.Unknown)
        {
            writer.WriteString(JsonPropertyNames.Gender, entity.Gender == Gender.Male ? "male" : "female");
        }

        writer.WriteStartArray(JsonPropertyNames.Aliases);
        foreach (var alias in entity.Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonPropertyNames.Titles);
        foreach (var title in entity.Titles)
        {
            writer.WriteStringValue(title);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonPropertyNames.Mentions);
        foreach (var mention in entity.Mentions)
        {
            WriteSpan(writer, mention);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonPropertyNames.Start, span.Start);
        writer.WriteNumber(JsonPropertyNames.End, span.End);
        writer.WriteEndObject();
    }

    private static void WriteExcerpt(Utf8JsonWriter writer, TextSpan span, ReadOnlySpan<char> text, bool endObject)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonPropertyNames.Start, span.Start);
        writer.WriteNumber(JsonPropertyNames.End, span.End);
        writer.WriteString(JsonPropertyNames.Text, text);
        if (endObject)
        {
            writer.WriteEndObject();
        }
    }

    private static void WriteEntityId(Utf8JsonWriter writer, Entity? entity)
    {
        if (entity is null)
        {
            writer.WriteNull(JsonPropertyNames.Entity);
        }
        else
        {
            writer.WriteNumber(JsonPropertyNames.Entity, entity.Id);
        }
    }

    /// <summary>The contract's name of a statement kind: <c>direct</c>, <c>indirect</c> or <c>mixed</c>.</summary>
    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Indirect => "indirect",
        StatementKind.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The contract's name of a mention kind: <c>name</c>, <c>pronoun</c>, <c>nominal</c>, <c>organization</c> or <c>anonymous</c>.</summary>
    public static string MentionKindName(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Pronoun => "pronoun",
        MentionKind.Nominal => "nominal",
        MentionKind.Organization => "organization",
        MentionKind.Anonymous => "anonymous",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The contract's name of an entity kind: <c>person</c>, <c>organization</c>, <c>group</c> or <c>anonymous</c>.</summary>
    public static string EntityKindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Group => "group",
        EntityKind.Anonymous => "anonymous",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
