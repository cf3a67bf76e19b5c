using System.Runtime.CompilerServices;

namespace Attribution.Lexicons;

/// <summary>
/// How a word is folded and hashed for look-up in a case-folding <see cref="WordTable{TValue}"/>: typographic
/// apostrophes become the straight one, letters lower case. The document computes each token's hash once
/// (<c>Document.WordHash</c>), so the stages that look one token up in several tables hash it only once.
/// </summary>
internal static class WordFolding
{
    /// <summary>The folded form of one character (ASCII inline, the rest through the invariant culture).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return FoldWide(c);
    }

    /// <summary>The folded copy of <paramref name="word"/>.</summary>
    public static string Fold(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (int i = 0; i < w.Length; i++)
        {
            span[i] = Fold(w[i]);
        }
    });

    /// <summary>The look-up hash of <paramref name="word"/>'s folded form (FNV-1a over its code units), never negative.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = HashSeed;
        foreach (char c in word)
        {
            hash = Step(hash, Fold(c));
        }

        return Finish(hash);
    }

    /// <summary>The start of <see cref="Hash"/> before any character (FNV-1a's offset basis); the tokenizer hashes words as it reads them.</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>One step of <see cref="Hash"/>: <paramref name="hash"/> after the folded character <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char folded) => (hash ^ folded) * 16777619;

    /// <summary><see cref="Hash"/>'s value from the state after the last character: never negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Finish(uint hash) => (int)(hash & 0x7fffffff);

    /// <summary>Whether <paramref name="word"/> folds to <paramref name="folded"/>, a string already folded.</summary>
    public static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        if (folded.Length != word.Length)
        {
            return false;
        }

        // A word the tables find is nearly always written in lower case already: one vectorised comparison settles it
        // (a folded key folds to itself), and only a capitalised or typographic spelling takes the loop below.
        if (word.SequenceEqual(folded))
        {
            return true;
        }

        for (int i = 0; i < folded.Length; i++)
        {
            if (folded[i] != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char FoldWide(char c) => c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
}
