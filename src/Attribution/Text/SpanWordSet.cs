namespace Attribution.Text;

/// <summary>
/// A small immutable set of words that answers membership for a <see cref="ReadOnlySpan{T}"/> without
/// allocating: net8.0 has no span lookup on its hash sets, and the tokenizer asks once per word.
/// Thread-safe after construction.
/// </summary>
internal sealed class SpanWordSet
{
    private readonly string[][] _buckets;
    private readonly int _mask;
    private readonly bool _ignoreCase;
    private readonly int _maxLength;

    /// <summary>Builds the set; with <paramref name="ignoreCase"/> ASCII letters match in either case.</summary>
    public SpanWordSet(IEnumerable<string> words, bool ignoreCase = false)
    {
        var distinct = new List<string>();
        foreach (var word in words)
        {
            var key = ignoreCase ? word.ToLowerInvariant() : word;
            if (!distinct.Contains(key))
            {
                distinct.Add(key);
            }
        }

        int size = 16;
        while (size < distinct.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _ignoreCase = ignoreCase;
        var lists = new List<string>[size];
        foreach (var word in distinct)
        {
            int bucket = Hash(word) & _mask;
            (lists[bucket] ??= []).Add(word);
            _maxLength = Math.Max(_maxLength, word.Length);
        }

        _buckets = new string[size][];
        for (int i = 0; i < size; i++)
        {
            _buckets[i] = lists[i]?.ToArray() ?? [];
        }
    }

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _maxLength)
        {
            return false;
        }

        foreach (var candidate in _buckets[Hash(word) & _mask])
        {
            if (_ignoreCase ? word.Equals(candidate, StringComparison.OrdinalIgnoreCase) : word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over the (ASCII-lowered, when ignoring case) code units.
        uint hash = 2166136261;
        foreach (char raw in word)
        {
            char c = _ignoreCase && (uint)(raw - 'A') <= 'Z' - 'A' ? (char)(raw | 0x20) : raw;
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
