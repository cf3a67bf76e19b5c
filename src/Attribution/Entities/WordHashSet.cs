using System.Buffers;

namespace Attribution.Entities;

/// <summary>
/// A set of 64-bit word hashes in an open-addressing table rented from the shared array pool, sized
/// once for the most words it can receive, so a document's set costs no allocation and never grows.
/// A rare hash collision only lends a word evidence. Mutable; one document, one thread;
/// <see cref="Dispose"/> returns the table.
/// </summary>
internal struct WordHashSet : IDisposable
{
    private ulong[] _slots;
    private readonly int _mask;

    /// <param name="capacity">The most distinct hashes that will be added.</param>
    public WordHashSet(int capacity)
    {
        int size = 16;
        while (size < 2 * capacity)
        {
            size <<= 1;
        }

        _slots = ArrayPool<ulong>.Shared.Rent(size);
        _slots.AsSpan(0, size).Clear();
        _mask = size - 1;
    }

    public readonly void Add(ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        int slot = Start(hash);
        while (_slots[slot] != 0 && _slots[slot] != hash)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = hash;
    }

    public readonly bool Contains(ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        for (int slot = Start(hash); _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_slots[slot] == hash)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (_slots is { Length: > 0 } rented)
        {
            _slots = [];
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    private readonly int Start(ulong hash) => (int)(hash ^ (hash >> 32)) & _mask;
}
