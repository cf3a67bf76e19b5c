using System.Collections.Immutable;
using System.Text;

namespace Attribution.Text;

/// <summary>The sentences and paragraphs of a text, each a half-open span into the original string.</summary>
/// <remarks>
/// Spans are in document order, do not overlap and carry no leading or trailing white space.
/// Immutable and therefore thread-safe. Equality compares the spans item by item.
/// </remarks>
/// <param name="Sentences">The sentences, in order.</param>
/// <param name="Paragraphs">The paragraphs, in order; each holds whole sentences.</param>
public sealed record TextSegmentation(ImmutableArray<TextSpan> Sentences, ImmutableArray<TextSpan> Paragraphs)
{
    /// <summary>Whether <paramref name="other"/> has the same sentence and paragraph spans, in the same order.</summary>
    /// <param name="other">The segmentation to compare with.</param>
    /// <returns>True when both arrays are equal item by item.</returns>
    public bool Equals(TextSegmentation? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ValueArrays.Equal(Sentences, other.Sentences) && ValueArrays.Equal(Paragraphs, other.Paragraphs));

    /// <summary>A hash over every span, consistent with <see cref="Equals(TextSegmentation?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        ValueArrays.AddTo(ref hash, Sentences);
        ValueArrays.AddTo(ref hash, Paragraphs);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Sentences = ");
        ValueArrays.Append(builder, Sentences).Append(", Paragraphs = ");
        ValueArrays.Append(builder, Paragraphs);
        return true;
    }
}
