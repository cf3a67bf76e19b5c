using System.Runtime.CompilerServices;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>Word-level questions about the tokens of one document, shared by the mention and frame rules.</summary>
/// <remarks>
/// The rules ask these questions of nearly every token, several times each, so the reader keeps the document's text,
/// token array, token count and word hashes in its own fields: read through <see cref="Pipeline.Document"/> (a pooled
/// buffer struct inside it, a lazily built hash table) each question cost a dozen loads and checks more, about a tenth
/// of the whole extract in counted instructions. Every index is still checked against the token count.
/// </remarks>
internal sealed class TokenReader
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly int _count;
    private readonly int[] _hashes;

    // The document's caches of ClassOf and TagsOf (Document.WordClassCache, WordTagsCache): the rules ask them of the
    // same tokens many times, and each answer costs a look-up with its key comparison.
    private readonly byte[] _classes;
    private readonly uint[] _tags;

    /// <summary>The document's <see cref="WordRoles"/> per token (<see cref="Document.WordRolesFor"/>), found once for all tokens.</summary>
    private readonly byte[] _roles;

    /// <summary>Set in a <see cref="Document.WordTagsCache"/> entry once the token's tags are known (no tag uses it).</summary>
    private const uint TagsKnown = 1u << 31;

    public TokenReader(Document document, LexiconSet lexicons)
    {
        Document = document;
        Lexicons = lexicons;
        _text = document.Text;
        _tokens = document.TokenArray;
        _count = document.Tokens.Length;
        _hashes = document.WordHashes;
        _classes = document.WordClassCache;
        _tags = document.WordTagsCache(lexicons);
        _roles = document.WordRolesFor(lexicons);
    }

    public Document Document { get; }

    public LexiconSet Lexicons { get; }

    public ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_tokens, 0, _count);
    }

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Text(int i)
    {
        var span = TokenAt(i).Span;
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The look-up hash of token <paramref name="i"/> (<see cref="Pipeline.Document.WordHash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordHash(int i) => InRange(i) ? _hashes[i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>
    /// Whether token <paramref name="i"/> is a word with one of <paramref name="roles"/>: false for a token out of range or no
    /// word. Checked before a cue or decline look-up, it turns away the words in neither list without one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasRole(int i, WordRoles roles) => InRange(i) && (_roles[i] & (byte)roles) != 0;

    /// <summary>
    /// The first token at or after <paramref name="from"/> with one of <paramref name="roles"/>, or <see cref="Count"/> when none
    /// has: the passes over every token for a role few words have (cues, declines) step over the rest in one tight loop.
    /// </summary>
    public int NextWithRole(int from, WordRoles roles)
    {
        var all = _roles.AsSpan(0, _count);
        byte wanted = (byte)roles;
        for (int i = Math.Max(0, from); i < all.Length; i++)
        {
            if ((all[i] & wanted) != 0)
            {
                return i;
            }
        }

        return _count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(int i) => (uint)i < (uint)_count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Word;

    /// <summary>Token <paramref name="i"/>, which must be in range (as indexing <see cref="Tokens"/> requires).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly Token TokenAt(int i)
    {
        if (!InRange(i))
        {
            throw new ArgumentOutOfRangeException(nameof(i));
        }

        return ref _tokens[i];
    }

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word) => InRange(i) && _tokens[i].Span.Length == word.Length && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c) => InRange(i) && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Span.Length == 1 && _text[_tokens[i].Span.Start] == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsQuoteMark(int i) => InRange(i) && _tokens[i].IsQuote;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Span.Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(_text[_tokens[i].Span.Start]);

    /// <summary>A possessive or clitic token: <c>’s</c>, <c>'s</c>, or a bare apostrophe after a plural.</summary>
    public bool IsPossessive(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Apostrophe && (Text(i).Length == 1 || Text(i).EndsWith("s", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The word class of token <paramref name="i"/> (<see cref="WordClass.Other"/> out of range). The rules ask it about half a
    /// million times on 2 MB of news, nearly always of a token already asked: the cached answer is read inline, and only a
    /// token asked for the first time takes the call (as a call every time, the answer cost five times the instructions).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass ClassOf(int i)
    {
        if (InRange(i) && _classes[i] is var known and not 0)
        {
            return (WordClass)(known - 1);
        }

        return ClassOfFirstTime(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass ClassOfFirstTime(int i)
    {
        if (!InRange(i))
        {
            return WordClass.Other;
        }

        var wordClass = FindClassOf(i);
        _classes[i] = (byte)(wordClass + 1);
        return wordClass;
    }

    private WordClass FindClassOf(int i)
    {
        var kind = _tokens[i].Kind;
        if (kind == TokenKind.Apostrophe)
        {
            var t = Text(i);
            return t.Length > 1 && (t.EndsWith("t", StringComparison.OrdinalIgnoreCase) || t.EndsWith("ll", StringComparison.OrdinalIgnoreCase) || t.EndsWith("ve", StringComparison.OrdinalIgnoreCase) || t.EndsWith("d", StringComparison.OrdinalIgnoreCase) || t.EndsWith("re", StringComparison.OrdinalIgnoreCase))
                ? WordClass.Auxiliary
                : WordClass.None;
        }

        if (kind != TokenKind.Word)
        {
            return WordClass.Other;
        }

        // An acronym is no function word; most words are neither, so the look-up goes first and only a function word's
        // letters are read for the acronym test.
        var wordClass = FunctionWords.ClassOf(Text(i), WordHash(i));
        return wordClass != WordClass.None && IsAcronym(i) ? WordClass.None : wordClass;
    }

    /// <summary>The lexicon tags of a word; an acronym (WHO, US, IT) is never a pronoun or function word.</summary>
    /// <remarks>Like <see cref="ClassOf"/>, a cached answer is read inline; only a word asked for the first time takes the call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordTags TagsOf(int i)
    {
        if (InRange(i) && _tags[i] is var known and not 0)
        {
            return (WordTags)(known & ~TagsKnown); // only a word's entry is ever set
        }

        return TagsOfFirstTime(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordTags TagsOfFirstTime(int i)
    {
        if (!IsWord(i))
        {
            return WordTags.None;
        }

        // Only a word the lexicon tags as a pronoun has its letters read for the acronym test.
        var tags = Lexicons.TagsOf(Text(i), WordHash(i));
        if ((tags & PronounTags) != 0 && IsAcronym(i))
        {
            tags &= ~PronounTags;
        }

        _tags[i] = (uint)tags | TagsKnown;
        return tags;
    }

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
        return t.Length > 3 && (t.EndsWith("ed", StringComparison.Ordinal) || t.EndsWith("ing", StringComparison.Ordinal) || LooksLikeLyAdverb(i))
            || (HasRole(i, WordRoles.Cue) && Lexicons.TryGetCueWord(t, WordHash(i), out var cue) && cue.Single is not null && !IsCueWordAsModifier(i)) || (TagsOf(i) & WordTags.IssuingVerb) != 0; // "Ruiz sent a letter": "sent" ends the name
    }

    /// <summary>
    /// A lower-case cue word in its base form that modifies the noun after it at the start of a speaker phrase: before a
    /// title (<c>said state Sen. Phil Roarke</c>, <c>and state Rep. Ana Cruz</c>), or before a person or group noun right
    /// after a cue or a closing quotation (<c>said state officials</c>, <c>said state election officials</c>, <c>“…,” state police said</c>), where a verb could
    /// not stand without its subject. Not <c>The rules state that …</c> or <c>Critics claim officials lied</c>.
    /// </summary>
    public bool IsCueWordAsModifier(int i)
    {
        if (!IsLowerWord(i) || !InRange(i + 1) || !HasRole(i, WordRoles.Cue) || !Lexicons.TryGetCueWord(Text(i), WordHash(i), out var cue) || cue.Single is not { Form: VerbForm.Base })
        {
            return false;
        }

        if (IsCapitalized(i + 1) && ((TagsOf(i + 1) & WordTags.Title) != 0 || Lexicons.Entities.Is(Text(i + 1), NameTags.Title)))
        {
            return true; // "state Sen. Phil Roarke", "His rival, state Sen. Ann Cole, …" (the abbreviation is a title the entity lexicon knows)
        }

        // After a cue or a closing quotation no verb stands without its subject: "said state Treasurer Ann Lowe" (a capitalised
        // role before a name), "said state officials", "said state election officials" (the role noun at most one modifier on).
        // Elsewhere "Officials tell BBC News …" and "a banner that read We Know" keep their verbs.
        int before = IsPunct(i - 1, ',') && i >= 2 ? i - 2 : i - 1;
        bool afterCueOrQuote = i >= 1 && (IsQuoteMark(before)
            || (IsLowerWord(i - 1) && HasRole(i - 1, WordRoles.Cue) && Lexicons.TryGetCueWord(Text(i - 1), WordHash(i - 1), out var previous) && previous.Single is { Form: VerbForm.Past or VerbForm.ThirdPerson }));
        if (!afterCueOrQuote)
        {
            return false;
        }

        if (IsCapitalized(i + 1) && IsCapitalized(i + 2))
        {
            return true;
        }

        int head = (TagsOf(i + 1) & (WordTags.PersonNoun | WordTags.GroupNoun)) == 0 && IsLowerWord(i + 1) && !(HasRole(i + 1, WordRoles.Cue) && Lexicons.TryGetCueWord(Text(i + 1), WordHash(i + 1), out _)) ? i + 2 : i + 1;
        return (TagsOf(head) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0 && IsLowerWord(head);
    }

    /// <summary>A lower-case word in -ly that is not a known noun or adjective (<c>widely</c>, not <c>rally</c> or <c>monthly</c>: ly-words.txt).</summary>
    public bool LooksLikeLyAdverb(int i) =>
        IsLowerWord(i) && Text(i).EndsWith("ly", StringComparison.Ordinal) && !IsNoun(i) && (TagsOf(i) & WordTags.LyNotAdverb) == 0;

    public TextSpan SpanOf(int first, int last) => new(TokenAt(first).Span.Start, TokenAt(last).Span.End);
}
