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
/// <param name="Entities">The speakers and addressees, each with its id equal to its index.</param>
public sealed record AttributionResult(string Text, ImmutableArray<Statement> Statements, ImmutableArray<Entity> Entities)
{
    /// <summary>Whether <paramref name="other"/> has the same text, statements and entities, compared item by item.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(AttributionResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && ValueArrays.Equal(Statements, other.Statements)
            && ValueArrays.Equal(Entities, other.Entities));

    /// <summary>A hash over the text and every statement and entity, consistent with <see cref="Equals(AttributionResult?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Text, StringComparer.Ordinal);
        ValueArrays.AddTo(ref hash, Statements);
        ValueArrays.AddTo(ref hash, Entities);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = ").Append(Text).Append(", Statements = ");
        ValueArrays.Append(builder, Statements).Append(", Entities = ");
        ValueArrays.Append(builder, Entities);
        return true;
    }
}
