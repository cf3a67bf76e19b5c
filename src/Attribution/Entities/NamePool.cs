namespace Attribution.Entities;

/// <summary>
/// One string per distinct name of a document: the entity stage asks for the same names, surnames and
/// first names again and again, and a long document would otherwise allocate a copy on every mention.
/// Ordinal, case-sensitive. Mutable; lives for one document on one thread.
/// </summary>
internal sealed class NamePool
{
    private string?[] _slots = new string?[64];
    private int _count;

    /// <summary>The pooled string equal to <paramref name="chars"/>, added on first sight.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

        int mask = _slots.Length - 1;
        int slot = string.GetHashCode(chars) & mask;
        while (_slots[slot] is { } existing)
        {
            if (chars.SequenceEqual(existing))
            {
                return existing;
            }

            slot = (slot + 1) & mask;
        }

        string added = chars.ToString();
        _slots[slot] = added;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return added;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var value in old)
        {
            if (value is null)
            {
                continue;
            }

            int slot = string.GetHashCode(value.AsSpan()) & mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = value;
        }
    }
}
