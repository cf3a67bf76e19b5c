using System.Buffers;
using System.Runtime.CompilerServices;

namespace Attribution.Entities;

/// <summary>
/// A list whose array is rented from the shared array pool and given back by <see cref="ReturnStorage"/>: the entity
/// workspace of a document too large to keep (<see cref="EntityWorkspace.WorthKeeping"/>) hands its arrays back
/// instead of leaving them to the collector, so the next such document rents them again instead of allocating a list
/// sized from its own length (on one 10 MB document the name mentions alone were 2.7 bytes per input byte). The pool
/// lets go of arrays nobody rents, so a huge document pins nothing for long. One owner at a time; not thread-safe.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PooledList<T>
{
    private const int SmallestCapacity = 16;

    private T[] _items = [];
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        get => AsSpan()[index];
        set => AsSpan()[index] = value;
    }

    /// <summary>The items, to read or change in place; valid until the list grows, is cleared or gives its storage back.</summary>
    public Span<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>Enumerates the items (a span's enumerator: <c>foreach</c> without allocation).</summary>
    public Span<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Resize(Math.Max(SmallestCapacity, _items.Length * 2));
        }

        _items[_count++] = item;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> items in all, so adding up to that many never regrows.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Resize(Math.Max(SmallestCapacity, capacity));
        }
    }

    /// <summary>Empties the list, keeping its array; the items it held are cleared so the array holds on to no object.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.AsSpan(0, _count).Clear();
        }

        _count = 0;
    }

    /// <summary>Empties the list and gives its array back to the shared pool.</summary>
    public void ReturnStorage()
    {
        Clear();
        var items = _items;
        _items = [];
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    private void Resize(int capacity)
    {
        var larger = ArrayPool<T>.Shared.Rent(capacity);
        var items = _items;
        items.AsSpan(0, _count).CopyTo(larger);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, _count).Clear();
        }

        _items = larger;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }
}
