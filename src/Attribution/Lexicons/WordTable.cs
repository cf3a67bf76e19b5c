using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Attribution.Text;

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
    /// <summary>Set in every stored hash, so a zero marks an empty slot.</summary>
    private const int OccupiedBit = int.MinValue;

    /// <summary>Word lengths at or past this share the last bit of <see cref="_lengths"/>.</summary>
    private const int LongestLengthBit = 63;

    private readonly string?[] _keys;
    private readonly int[] _hashes;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    /// <summary>Bit n is set when some key has n characters: most words of a length no key has are rejected without hashing.</summary>
    private readonly ulong _lengths;

    /// <param name="entries">The words and their values.</param>
    /// <param name="ignoreCase">Whether look-ups fold case (the default) or match the spelling exactly.</param>
    public WordTable(IReadOnlyDictionary<string, TValue> entries, bool ignoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ignoreCase = ignoreCase;
        // At most a quarter full: most look-ups are misses (a word in none of the lists), and a miss probes on to the
        // next empty slot. Half full, a look-up read 1.4 to 1.8 slots on news, and the tables' look-ups cost about 1 % more
        // of extract's instructions; the larger tables added about 2 % more first-level cache misses, far less.
        int size = 16;
        while (size < entries.Count * 4)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _hashes = new int[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            string folded = ignoreCase ? WordFolding.Fold(key) : key;
            int hash = Hash(folded);
            int slot = hash & _mask;
            while (_keys[slot] is { } existing && !string.Equals(existing, folded, StringComparison.Ordinal))
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = folded;
            _hashes[slot] = hash | OccupiedBit;
            _values[slot] = value;
        }

        Count = entries.Count;
        MaxLength = 0;
        foreach (var key in entries.Keys)
        {
            MaxLength = Math.Max(MaxLength, key.Length);
            _lengths |= LengthBit(key.Length);
        }
    }

    public int Count { get; }

    /// <summary>The length of the longest key; longer spans are rejected without hashing.</summary>
    public int MaxLength { get; }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int slot = FindSlot(word);
        if (slot < 0)
        {
            value = default!;
            return false;
        }

        value = _values[slot];
        return true;
    }

    /// <summary>
    /// <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> with the word's hash computed once by the caller:
    /// <paramref name="foldedHash"/> must be <see cref="WordFolding.Hash"/> of <paramref name="word"/> (a table that
    /// matches the exact spelling hashes the word itself).
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, int foldedHash, out TValue value)
    {
        int slot = FindSlot(word, _ignoreCase ? foldedHash : ExactHash(word));
        if (slot < 0)
        {
            value = default!;
            return false;
        }

        value = _values[slot];
        return true;
    }

    public bool Contains(ReadOnlySpan<char> word) => FindSlot(word) >= 0;

    /// <summary>
    /// Looks every word token of <paramref name="tokens"/> up at once: <paramref name="values"/>[t] gets token t's value, or
    /// <paramref name="missing"/> for a token that is no word or that the table lacks. <paramref name="foldedHashes"/>[t] must be
    /// <see cref="WordFolding.Hash"/> of token t's text. One loop with the table's arrays in locals: a look-up per call cost
    /// about twice the instructions per token (each call reloads the table's fields), and a pass over a whole document
    /// makes hundreds of thousands of them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table matches the exact spelling, which the folded hashes do not fit.</exception>
    public void FindWords(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> foldedHashes, Span<TValue> values, TValue missing)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_ignoreCase)
        {
            throw new InvalidOperationException("Only a case-folding table is looked up by folded hashes.");
        }

        var keys = _keys;
        var hashes = _hashes;
        var stored = _values;
        int mask = _mask;
        ulong lengths = _lengths;
        int maxLength = MaxLength;
        for (int t = 0; t < tokens.Length; t++)
        {
            var value = missing;
            var span = tokens[t].Span;
            int length = span.Length;
            if (tokens[t].Kind == TokenKind.Word && length > 0 && length <= maxLength && (lengths & LengthBit(length)) != 0)
            {
                int hash = foldedHashes[t];
                int wanted = hash | OccupiedBit;
                int slot = hash & mask;
                int found;
                while ((found = hashes[slot]) != 0)
                {
                    if (found == wanted && WordFolding.FoldsTo(text.AsSpan(span.Start, length), keys[slot]!))
                    {
                        value = stored[slot];
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            values[t] = value;
        }
    }

    /// <summary><see cref="Contains(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once by the caller.</summary>
    public bool Contains(ReadOnlySpan<char> word, int foldedHash) => FindSlot(word, _ignoreCase ? foldedHash : ExactHash(word)) >= 0;

    /// <summary>
    /// The table's own folded (lower-case) copy of <paramref name="word"/>, when the table holds it: a
    /// string for a dictionary key that costs no allocation.
    /// </summary>
    public bool TryGetFoldedKey(ReadOnlySpan<char> word, [NotNullWhen(true)] out string? key)
    {
        int slot = FindSlot(word);
        key = slot < 0 ? null : _keys[slot];
        return key is not null;
    }

    /// <summary>The slot that holds <paramref name="word"/>, or -1. Stored hashes are compared before any key, so a probe past another word costs no character comparison.</summary>
    private int FindSlot(ReadOnlySpan<char> word) => IsPossibleLength(word.Length) ? FindSlot(word, Hash(word)) : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPossibleLength(int length) => length > 0 && length <= MaxLength && (_lengths & LengthBit(length)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindSlot(ReadOnlySpan<char> word, int hash)
    {
        if (!IsPossibleLength(word.Length))
        {
            return -1;
        }

        int wanted = hash | OccupiedBit;
        var hashes = _hashes;
        int slot = hash & _mask;
        int stored;
        while ((stored = hashes[slot]) != 0)
        {
            if (stored == wanted && KeyEquals(_keys[slot]!, word))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, LongestLengthBit);

    private int Hash(ReadOnlySpan<char> word) => _ignoreCase ? WordFolding.Hash(word) : ExactHash(word);

    private bool KeyEquals(string key, ReadOnlySpan<char> word) => _ignoreCase ? WordFolding.FoldsTo(word, key) : word.SequenceEqual(key);

    private static int ExactHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7fffffff);
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
