using System.Diagnostics.CodeAnalysis;

namespace Attribution.Lexicons;

/// <summary>
/// A read-only map from lower-case words to values that is looked up by a span of the text, case
/// folded on the fly, so hot loops never allocate a string per token. Typographic apostrophes fold to
/// the straight one. Built once; immutable and thread-safe afterwards.
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            string folded = Fold(key);
            int slot = Hash(folded) & _mask;
            while (_keys[slot] is { } existing && !string.Equals(existing, folded, StringComparison.Ordinal))
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = folded;
            _values[slot] = value;
        }

        Count = entries.Count;
        MaxLength = 0;
        foreach (var key in entries.Keys)
        {
            MaxLength = Math.Max(MaxLength, key.Length);
        }
    }

    public int Count { get; }

    /// <summary>The length of the longest key; longer spans are rejected without hashing.</summary>
    public int MaxLength { get; }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.Length == 0 || word.Length > MaxLength)
        {
            value = default!;
            return false;
        }

        int slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (FoldedEquals(key, word))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>
    /// The table's own folded (lower-case) copy of <paramref name="word"/>, when the table holds it: a
    /// string for a dictionary key that costs no allocation.
    /// </summary>
    public bool TryGetFoldedKey(ReadOnlySpan<char> word, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (word.Length == 0 || word.Length > MaxLength)
        {
            return false;
        }

        int slot = Hash(word) & _mask;
        while (_keys[slot] is { } candidate)
        {
            if (FoldedEquals(candidate, word))
            {
                key = candidate;
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    private static char FoldChar(char c) => c is '’' or '‘' ? '\'' : c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static string Fold(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (int i = 0; i < w.Length; i++)
        {
            span[i] = FoldChar(w[i]);
        }
    });

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ FoldChar(c)) * 16777619;
        }

        return (int)(hash & 0x7fffffff);
    }

    private static bool FoldedEquals(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] != FoldChar(word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
