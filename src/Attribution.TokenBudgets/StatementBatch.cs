using System.Collections.Immutable;
using System.Text;

namespace Attribution.TokenBudgets;

/// <summary>Statements packed together under a token budget, for one LLM prompt.</summary>
/// <remarks>Immutable. Equality compares <see cref="Items"/> item by item, so two packings of the same statements are equal.</remarks>
/// <param name="Items">The statements with their context, in document order.</param>
/// <param name="TokenCount">The tokens the batch uses: its items' token counts plus the per-item overhead asked for.</param>
public sealed record StatementBatch(ImmutableArray<StatementContext> Items, int TokenCount)
{
    /// <summary>Whether <paramref name="other"/> has the same items, in the same order, and the same token count.</summary>
    /// <param name="other">The batch to compare with.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(StatementBatch? other) =>
        ReferenceEquals(this, other)
        || (other is not null && TokenCount == other.TokenCount && Items.AsSpan().SequenceEqual(other.Items.AsSpan()));

    /// <summary>A hash over the items and the token count, consistent with <see cref="Equals(StatementBatch?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(TokenCount);
        foreach (var item in Items.AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Items = [");
        var items = Items.AsSpan();
        for (int i = 0; i < items.Length; i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty).Append(items[i]);
        }

        builder.Append("], TokenCount = ").Append(TokenCount);
        return true;
    }
}
