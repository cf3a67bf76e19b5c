using System.Runtime.CompilerServices;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>Word-level questions about the tokens of one document, shared by the mention and frame rules.</summary>
internal sealed class TokenReader
{
    public TokenReader(Document document, LexiconSet lexicons)
    {
        Document = document;
        Lexicons = lexicons;
    }

    public Document Document { get; }

    public LexiconSet Lexicons { get; }

    public ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Document.Tokens;
    }

    public int Count => Tokens.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Text(int i) => Document.TokenText(i);

    /// <summary>The look-up hash of token <paramref name="i"/> (<see cref="Pipeline.Document.WordHash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordHash(int i) => Document.WordHash(i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(int i) => (uint)i < (uint)Tokens.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Word;

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word) => InRange(i) && Tokens[i].Span.Length == word.Length && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c) => InRange(i) && Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Span.Length == 1 && Document.Text[Tokens[i].Span.Start] == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsQuoteMark(int i) => InRange(i) && Tokens[i].IsQuote;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Document.Text[Tokens[i].Span.Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Document.Text[Tokens[i].Span.Start]);

    /// <summary>A possessive or clitic token: <c>’s</c>, <c>'s</c>, or a bare apostrophe after a plural.</summary>
    public bool IsPossessive(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Apostrophe && (Text(i).Length == 1 || Text(i).EndsWith("s", StringComparison.OrdinalIgnoreCase));

    public WordClass ClassOf(int i)
    {
        if (!InRange(i))
        {
            return WordClass.Other;
        }

        var kind = Tokens[i].Kind;
        if (kind == TokenKind.Apostrophe)
        {
            var t = Text(i);
            return t.Length > 1 && (t.EndsWith("t", StringComparison.OrdinalIgnoreCase) || t.EndsWith("ll", StringComparison.OrdinalIgnoreCase) || t.EndsWith("ve", StringComparison.OrdinalIgnoreCase) || t.EndsWith("d", StringComparison.OrdinalIgnoreCase) || t.EndsWith("re", StringComparison.OrdinalIgnoreCase))
                ? WordClass.Auxiliary
                : WordClass.None;
        }

        return kind != TokenKind.Word ? WordClass.Other : IsAcronym(i) ? WordClass.None : FunctionWords.ClassOf(Text(i), WordHash(i));
    }

    /// <summary>The lexicon tags of a word; an acronym (WHO, US, IT) is never a pronoun or function word.</summary>
    public WordTags TagsOf(int i) => !IsWord(i) ? WordTags.None : IsAcronym(i) ? Lexicons.TagsOf(Text(i), WordHash(i)) & ~PronounTags : Lexicons.TagsOf(Text(i), WordHash(i));

    private const WordTags PronounTags = WordTags.PersonalPronoun | WordTags.PluralPronoun | WordTags.NeuterPronoun | WordTags.FirstPersonPronoun | WordTags.RelativePronoun;

    /// <summary>Two or more letters, all upper case.</summary>
    public bool IsAcronym(int i)
    {
        var t = Text(i);
        if (t.Length < 2)
        {
            return false;
        }

        foreach (char c in t)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsNoun(int i) => (TagsOf(i) & (WordTags.PersonNoun | WordTags.GroupNoun | WordTags.SourceNoun)) != 0;

    public bool IsPronoun(int i) => (TagsOf(i) & (WordTags.PersonalPronoun | WordTags.PluralPronoun | WordTags.NeuterPronoun | WordTags.FirstPersonPronoun)) != 0;

    /// <summary>A lower-case word that looks like a verb form or adverb rather than a noun (-ed, -ly, a cue, an issuing verb's past such as <c>sent</c>), unless the lexicon knows it as a noun.</summary>
    public bool LooksVerbalOrAdverb(int i)
    {
        if (!IsLowerWord(i) || IsNoun(i))
        {
            return false;
        }

        var t = Text(i);
        return t.Length > 3 && (t.EndsWith("ed", StringComparison.Ordinal) || t.EndsWith("ly", StringComparison.Ordinal) || t.EndsWith("ing", StringComparison.Ordinal))
            || Lexicons.TryGetCue(t, out _) || (TagsOf(i) & WordTags.IssuingVerb) != 0; // "Ruiz sent a letter": "sent" ends the name
    }

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);
}
