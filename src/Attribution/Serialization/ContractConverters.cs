using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Serialization;

/// <summary>
/// Converters that give <see cref="AttributionJsonContext"/> the contract's shapes by delegating to
/// <see cref="AttributionJson"/>, the one implementation of the contract.
/// </summary>
internal static class ContractConverters
{
    /// <summary>A converter that writes the contract and refuses to read it.</summary>
    internal abstract class WriteOnly<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException(
                $"The Attribution JSON contract is write-only: a {typeof(T).Name} cannot be read back, because the JSON does not carry the document text and entity references of the records.");
    }

    internal sealed class ResultConverter : WriteOnly<AttributionResult>
    {
        public override void Write(Utf8JsonWriter writer, AttributionResult value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            AttributionJson.WriteStatementsAndEntities(writer, value);
            writer.WriteEndObject();
        }
    }

    internal sealed class StatementConverter : WriteOnly<Statement>
    {
        public override void Write(Utf8JsonWriter writer, Statement value, JsonSerializerOptions options) =>
            AttributionJson.WriteStatement(writer, value);
    }

    internal sealed class EntityConverter : WriteOnly<Entity>
    {
        public override void Write(Utf8JsonWriter writer, Entity value, JsonSerializerOptions options) =>
            AttributionJson.WriteEntity(writer, value);
    }

    internal sealed class SpanConverter : WriteOnly<TextSpan>
    {
        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options) =>
            AttributionJson.WriteSpan(writer, value);
    }

    internal sealed class ExcerptConverter : WriteOnly<TextExcerpt>
    {
        public override void Write(Utf8JsonWriter writer, TextExcerpt value, JsonSerializerOptions options) =>
            AttributionJson.WriteExcerpt(writer, value);
    }

    internal sealed class CueConverter : WriteOnly<Cue>
    {
        public override void Write(Utf8JsonWriter writer, Cue value, JsonSerializerOptions options) =>
            AttributionJson.WriteCue(writer, value);
    }

    internal sealed class SpeakerConverter : WriteOnly<SpeakerMention>
    {
        public override void Write(Utf8JsonWriter writer, SpeakerMention value, JsonSerializerOptions options) =>
            AttributionJson.WriteSpeaker(writer, value);
    }

    internal sealed class AddresseeConverter : WriteOnly<AddresseeMention>
    {
        public override void Write(Utf8JsonWriter writer, AddresseeMention value, JsonSerializerOptions options) =>
            AttributionJson.WriteAddressee(writer, value);
    }

    internal sealed class TimeConverter : WriteOnly<TimeReference>
    {
        public override void Write(Utf8JsonWriter writer, TimeReference value, JsonSerializerOptions options) =>
            AttributionJson.WriteTime(writer, value);
    }

    internal sealed class DeclineConverter : WriteOnly<Decline>
    {
        public override void Write(Utf8JsonWriter writer, Decline value, JsonSerializerOptions options) =>
            AttributionJson.WriteDecline(writer, value);
    }

    internal sealed class OnBehalfOfConverter : WriteOnly<OnBehalfOfMention>
    {
        public override void Write(Utf8JsonWriter writer, OnBehalfOfMention value, JsonSerializerOptions options) =>
            AttributionJson.WriteOnBehalfOf(writer, value);
    }
}
