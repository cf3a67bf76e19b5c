using System.Diagnostics.CodeAnalysis;

namespace Attribution.Lexicons;

/// <summary>
/// The one word look-up type: a read-only map from words to values that is looked up by a span of the
/// text, so hot loops never allocate a string per token; a word set is a <c>WordTable&lt;bool&gt;</c>
/// (<see cref="WordTable.Set"/>). By default case is folded on the fly (and typographic apostrophes fold to
/// the straight one); a table built with <c>ignoreCase: false</c> matches the exact spelling, for the
/// front end's lists where case is the evidence (<c>No.</c> before a number, <c>US</c> against <c>us</c>).
/// Built once; immutable and thread-safe afterwards.
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    /// <param name="entries">The words and their values.</param>
    /// <param name="ignoreCase">Whether look-ups fold case (the default) or match the spelling exactly.</param>
    public WordTable(IReadOnlyDictionary<string, TValue> entries, bool ignoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ignoreCase = ignoreCase;
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
            string folded = ignoreCase ? Fold(key) : key;
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
            if (KeyEquals(key, word))
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
            if (KeyEquals(candidate, word))
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

    private int Hash(ReadOnlySpan<char> word) => _ignoreCase ? FoldedHash(word) : ExactHash(word);

    private bool KeyEquals(string key, ReadOnlySpan<char> word) => _ignoreCase ? FoldedEquals(key, word) : word.SequenceEqual(key);

    // FNV-1a over the (folded) code units.
    private static int FoldedHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ FoldChar(c)) * 16777619;
        }

        return (int)(hash & 0x7fffffff);
    }

    private static int ExactHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
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

/// <summary>Builds word sets: a <see cref="WordTable{TValue}"/> whose value is only membership.</summary>
internal static class WordTable
{
    /// <summary>The set of <paramref name="words"/> (duplicates allowed), matched ignoring case or exactly.</summary>
    public static WordTable<bool> Set(IEnumerable<string> words, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(words);
        var entries = new Dictionary<string, bool>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var word in words)
        {
            entries.TryAdd(word, true);
        }

        return new WordTable<bool>(entries, ignoreCase);
    }
}
