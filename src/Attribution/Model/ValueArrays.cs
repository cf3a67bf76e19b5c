using System.Collections.Immutable;
using System.Text;

namespace Attribution;

/// <summary>
/// Value semantics for the <see cref="ImmutableArray{T}"/> members of the result records: a record compares,
/// hashes and prints its fields, and an <see cref="ImmutableArray{T}"/> alone compares by reference and prints
/// as its type name, so two results of the same text would be unequal and unreadable without this.
/// </summary>
/// <remarks>A default (uninitialised) array counts as empty, so it equals <see cref="ImmutableArray{T}.Empty"/>.</remarks>
internal static class ValueArrays
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : IEquatable<T>? =>
        left.AsSpan().SequenceEqual(right.AsSpan());

    public static void AddTo<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        var span = items.AsSpan();
        hash.Add(span.Length);
        foreach (var item in span)
        {
            hash.Add(item);
        }
    }

    /// <summary>Appends <c>[a, b, c]</c>, each item as its own <c>ToString</c> gives it.</summary>
    public static StringBuilder Append<T>(StringBuilder builder, ImmutableArray<T> items)
    {
        builder.Append('[');
        var span = items.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(span[i]);
        }

        return builder.Append(']');
    }
}
