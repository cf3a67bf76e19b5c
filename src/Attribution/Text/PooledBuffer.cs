using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attribution.Text;

/// <summary>
/// A growable list over pooled arrays: the front end copies out exact result arrays, or hands the buffer on
/// (<see cref="Tokenizer.TokenizePooled(string, bool)"/>) to an owner that disposes it.
/// Not thread-safe; one per run.
/// </summary>
internal struct PooledBuffer<T> : IDisposable
{
    private T[] _items;
    private int _count;

    public PooledBuffer(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    public readonly T this[int index] => _items[index];

    /// <summary>
    /// The items added so far; valid until the buffer grows or is disposed. Made without the range checks of
    /// <c>AsSpan(0, count)</c> (the count never passes the array's length), since the stages read the tokens through
    /// it for nearly every question they ask of a token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ReadOnlySpan<T> AsSpan() =>
        _items is { } items ? MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(items), _count) : default; // default(PooledBuffer): no items

    /// <summary>The items added so far, to change in place; valid until the buffer grows or is disposed.</summary>
    public readonly Span<T> AsMutableSpan() => _items is { } items ? items.AsSpan(0, _count) : default;

    /// <summary>
    /// The rented array itself (its first <see cref="Count"/> items are the buffer's), for a reader that keeps it in a
    /// field to index without going through this struct on every access (<c>TokenReader</c>); stale after <see cref="Dispose"/>.
    /// </summary>
    internal readonly T[] Items => _items ?? [];

    public readonly T[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        if (_items is { Length: > 0 })
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
            _count = 0;
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(_items);
        _items = larger;
    }
}
