using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the result records, so services serialize results
/// without reflection (trimming- and native-AOT-friendly).
/// </summary>
/// <remarks>
/// <para>
/// The records are written in the shapes of the <c>attribution extract</c> JSON contract: an
/// <see cref="AttributionResult"/> becomes <c>{"statements":[…],"declines":[…],"entities":[…]}</c> (the document text is not
/// repeated: every <c>start</c>/<c>end</c> indexes the string you passed in), a <see cref="Statement"/>
/// becomes <c>{"kind":"direct","content":{"start":…,"end":…,"text":…},…}</c>, a mention's entity is written
/// as its id, and enums as camelCase strings. The contract's writer (<see cref="AttributionJson"/>) and this
/// context share one implementation, so their output cannot drift apart.
/// </para>
/// <para>
/// Use <c>JsonSerializer.Serialize(result, AttributionJsonContext.Default.AttributionResult)</c>. The default
/// encoder escapes non-ASCII text (<c>\u00F3</c>); for the contract's byte-for-byte form create a context
/// with <c>new AttributionJsonContext(new JsonSerializerOptions(AttributionJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })</c>.
/// Options you own (ASP.NET Core's, for instance) need the context's converters as well as its metadata:
/// <see cref="AddTo"/> adds both.
/// The contract is write-only: reading JSON back into records throws <see cref="NotSupportedException"/>,
/// because records hold entity references and the document text that the JSON does not carry.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [
        typeof(ContractConverters.ResultConverter),
        typeof(ContractConverters.StatementConverter),
        typeof(ContractConverters.EntityConverter),
        typeof(ContractConverters.SpanConverter),
        typeof(ContractConverters.ExcerptConverter),
        typeof(ContractConverters.CueConverter),
        typeof(ContractConverters.SpeakerConverter),
        typeof(ContractConverters.AddresseeConverter),
        typeof(ContractConverters.TimeConverter),
        typeof(ContractConverters.DeclineConverter),
        typeof(ContractConverters.OnBehalfOfConverter),
        typeof(CamelCaseEnumConverter<StatementKind>),
        typeof(CamelCaseEnumConverter<MentionKind>),
        typeof(CamelCaseEnumConverter<EntityKind>),
        typeof(CamelCaseEnumConverter<Gender>),
    ])]
[JsonSerializable(typeof(AttributionResult))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(ImmutableArray<Statement>))]
[JsonSerializable(typeof(IReadOnlyList<Statement>))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(ImmutableArray<Entity>))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(TextExcerpt))]
[JsonSerializable(typeof(Cue))]
[JsonSerializable(typeof(SpeakerMention))]
[JsonSerializable(typeof(AddresseeMention))]
[JsonSerializable(typeof(TimeReference))]
[JsonSerializable(typeof(Decline))]
[JsonSerializable(typeof(ImmutableArray<Decline>))]
[JsonSerializable(typeof(OnBehalfOfMention))]
[JsonSerializable(typeof(StatementKind))]
[JsonSerializable(typeof(MentionKind))]
[JsonSerializable(typeof(EntityKind))]
[JsonSerializable(typeof(Gender))]
public sealed partial class AttributionJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Makes <paramref name="options"/> write the result records in the contract's shapes: puts this context
    /// first in its resolver chain and adds the converters the shapes need (the generated metadata alone
    /// would write the records' own property shapes). Idempotent.
    /// </summary>
    /// <example><c>builder.Services.ConfigureHttpJsonOptions(o => AttributionJsonContext.AddTo(o.SerializerOptions));</c></example>
    /// <param name="options">Mutable options, not yet used for serialization.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> has already been used and is read-only.</exception>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in Default.Options.Converters)
        {
            if (!options.Converters.Any(existing => existing.GetType() == converter.GetType()))
            {
                options.Converters.Add(converter);
            }
        }

        if (!options.TypeInfoResolverChain.Contains(Default))
        {
            options.TypeInfoResolverChain.Insert(0, Default);
        }

        return options;
    }
}
