using System.Collections.Immutable;
using System.Text;

namespace Attribution;

/// <summary>Everything the extractor found in one document.</summary>
/// <remarks>
/// Immutable and therefore thread-safe. Two results are equal when their text and every statement and entity
/// are equal (the arrays compare item by item), so two extractions of the same text are equal.
/// </remarks>
/// <param name="Text">The document text the spans index.</param>
/// <param name="Statements">The statements, in document order of their content.</param>
/// <param name="Entities">The speakers (of statements and declines), addressees and organisations spoken for, each with its id equal to its index.</param>
public sealed record AttributionResult(string Text, ImmutableArray<Statement> Statements, ImmutableArray<Entity> Entities)
{
    /// <summary>The sources that declined to comment (<c>X declined to comment</c>), in document order; not statements.</summary>
    public ImmutableArray<Decline> Declines { get; init; } = ImmutableArray<Decline>.Empty;

    /// <summary>Whether <paramref name="other"/> has the same text, statements, entities and declines, compared item by item.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(AttributionResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && ValueArrays.Equal(Statements, other.Statements)
            && ValueArrays.Equal(Entities, other.Entities)
            && ValueArrays.Equal(Declines, other.Declines));

    /// <summary>A hash over the text and every statement and entity, consistent with <see cref="Equals(AttributionResult?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Text, StringComparer.Ordinal);
        ValueArrays.AddTo(ref hash, Statements);
        ValueArrays.AddTo(ref hash, Entities);
        ValueArrays.AddTo(ref hash, Declines);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = ").Append(Text).Append(", Statements = ");
        ValueArrays.Append(builder, Statements).Append(", Entities = ");
        ValueArrays.Append(builder, Entities).Append(", Declines = ");
        ValueArrays.Append(builder, Declines);
        return true;
    }
}
