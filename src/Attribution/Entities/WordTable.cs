namespace Attribution.Entities;

/// <summary>
/// A read-only, case-insensitive map from words to values that looks up character spans without
/// allocating (the lookups run per token, and <c>net8.0</c> has no span lookup on dictionaries).
/// Built once; safe to share across threads.
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly int[] _buckets;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _next;

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<string>();
        var values = new List<TValue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            if (key.Length > 0 && seen.Add(key))
            {
                keys.Add(key);
                values.Add(value);
            }
        }

        _keys = keys.ToArray();
        _values = values.ToArray();
        _next = new int[_keys.Length];
        _buckets = new int[Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_keys.Length * 2)))];
        Array.Fill(_buckets, -1);
        for (int i = 0; i < _keys.Length; i++)
        {
            int bucket = Hash(_keys[i]) & (_buckets.Length - 1);
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
        }
    }

    public int Count => _keys.Length;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.Length > 0)
        {
            for (int i = _buckets[Hash(word) & (_buckets.Length - 1)]; i >= 0; i = _next[i])
            {
                if (word.Equals(_keys[i], StringComparison.OrdinalIgnoreCase))
                {
                    value = _values[i];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            char folded = c < 128 ? (char)(c | (c is >= 'A' and <= 'Z' ? 0x20 : 0)) : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
