using System.Buffers;

namespace Attribution.Entities;

/// <summary>
/// One string per distinct name: the entity stage asks for the same names, surnames and first names again
/// and again, and a long document would otherwise allocate a copy on every mention. The pipeline keeps one
/// pool per entity workspace from one document to the next (<see cref="EntityWorkspace.NamePool"/>), so the
/// names that come back in later documents (a president, a city, "Reuters") cost no new string either;
/// <see cref="Clear"/> forgets them all once there are too many. Ordinal, case-sensitive. Its table is
/// rented from the shared array pool; <see cref="Dispose"/> returns it (the strings handed out stay valid).
/// Mutable; one thread at a time.
/// </summary>
internal sealed class NamePool : IDisposable
{
    private const int InitialSize = 64;
    private string?[] _slots;
    private int _mask;
    private int _count;

    public NamePool()
    {
        _slots = Rent(InitialSize);
        _mask = InitialSize - 1;
    }

    /// <summary>How many distinct names the pool holds.</summary>
    public int Count => _count;

    /// <summary>The pooled string equal to <paramref name="chars"/>, added on first sight.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

        int slot = string.GetHashCode(chars) & _mask;
        while (_slots[slot] is { } existing)
        {
            if (chars.SequenceEqual(existing))
            {
                return existing;
            }

            slot = (slot + 1) & _mask;
        }

        string added = chars.ToString();
        _slots[slot] = added;
        if (++_count * 2 > _mask + 1)
        {
            Grow();
        }

        return added;
    }

    /// <summary>Forgets every name (the strings handed out stay valid) and goes back to a small table.</summary>
    public void Clear()
    {
        Dispose();
        _slots = Rent(InitialSize);
        _mask = InitialSize - 1;
        _count = 0;
    }

    public void Dispose()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<string?>.Shared.Return(_slots, clearArray: true);
            _slots = [];
            _mask = 0;
        }
    }

    private static string?[] Rent(int size)
    {
        var slots = ArrayPool<string?>.Shared.Rent(size);
        slots.AsSpan(0, size).Clear();
        return slots;
    }

    private void Grow()
    {
        var old = _slots;
        int oldSize = _mask + 1;
        _slots = Rent(oldSize * 2);
        _mask = (oldSize * 2) - 1;
        for (int i = 0; i < oldSize; i++)
        {
            if (old[i] is not { } value)
            {
                continue;
            }

            int slot = string.GetHashCode(value.AsSpan()) & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = value;
        }

        ArrayPool<string?>.Shared.Return(old, clearArray: true);
    }
}
