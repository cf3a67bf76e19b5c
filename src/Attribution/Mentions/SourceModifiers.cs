using Attribution.Lexicons;

namespace Attribution.Mentions;

/// <summary>
/// Unnamed sources marked by what they know or whom they are near (<c>a person familiar with the talks</c>,
/// <c>those close to him</c>, <c>officials briefed on the plan</c>): the head, then one of these modifiers and
/// its object. News uses them for anonymous sourcing; the phrase is the speaker.
/// </summary>
internal static class SourceModifiers
{
    /// <summary>The modifier words, each the start of a modifier phrase whose object follows.</summary>
    private static readonly string[][] Modifiers =
    [
        ["close", "to"],
        ["familiar", "with"],
        ["briefed", "on"],
        ["briefed", "about"],
        ["involved", "in"],
        ["knowledgeable", "about"],
        ["privy", "to"],
        ["with", "knowledge", "of"],
        ["with", "direct", "knowledge", "of"],
    ];

    /// <summary>Heads that are a source only with such a modifier (<c>those close to him</c>).</summary>
    private static readonly string[] BareHeads = ["those", "someone", "anyone", "person", "people", "persons", "individual", "individuals", "sources"];

    /// <summary>How far the modifier's object may run (<c>close to the governor's re-election campaign</c>).</summary>
    private const int MaxObjectTokens = 8;

    /// <summary>
    /// The source phrase ending at <paramref name="end"/> (the last word of the modifier's object), or null when
    /// the words before <paramref name="end"/> are not <c>HEAD MODIFIER OBJECT</c>.
    /// </summary>
    public static Mention? PhraseEndingAt(TokenReader r, int end, int limit)
    {
        for (int k = end; k >= limit && end - k < MaxObjectTokens; k--)
        {
            if (!(r.IsWord(k) || r.IsPossessive(k) || r.Tokens[k].Kind == Text.TokenKind.Number) || r.ClassOf(k) is WordClass.Auxiliary or WordClass.Subordinator)
            {
                return null;
            }

            if (!MayStartModifier(r, k))
            {
                continue;
            }

            foreach (var modifier in Modifiers)
            {
                int objectStart = k + modifier.Length;
                if (objectStart > end || !StartsAt(r, k, modifier))
                {
                    continue;
                }

                int head = k - 1;
                if (head < limit)
                {
                    return null;
                }

                if (IsBareHead(r, head))
                {
                    int first = head - 1 >= limit && r.ClassOf(head - 1) == WordClass.Determiner && !r.Is(head, "those") ? head - 1 : head;
                    return new Mention(r.SpanOf(first, end), first, end, MentionKind.Anonymous);
                }

                if (r.IsNoun(head) && r.ClassOf(head) == WordClass.None && MentionFinder.PhraseEndingAt(r, head, limit) is { } phrase)
                {
                    var kind = MentionFinder.Classify(r, phrase.FirstToken, head);
                    return new Mention(r.SpanOf(phrase.FirstToken, end), phrase.FirstToken, end, kind == MentionKind.Nominal ? MentionKind.Anonymous : kind);
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The last token of a modifier phrase starting at <paramref name="start"/> (<c>familiar with the talks</c>),
    /// its object running to punctuation, a verb or a relative pronoun; -1 when no modifier starts there.
    /// </summary>
    public static int ModifierEnd(TokenReader r, int start, int limit)
    {
        foreach (var modifier in Modifiers)
        {
            if (!StartsAt(r, start, modifier))
            {
                continue;
            }

            int last = -1;
            for (int k = start + modifier.Length; k < limit && k - start - modifier.Length < MaxObjectTokens; k++)
            {
                bool objectWord = r.IsPossessive(k) || r.Tokens[k].Kind == Text.TokenKind.Number
                    || (r.IsWord(k) && r.ClassOf(k) is WordClass.None or WordClass.Determiner or WordClass.NounPreposition or WordClass.ObjectPronoun
                        && (r.TagsOf(k) & WordTags.RelativePronoun) == 0 && !MentionFinder.IsTimeWord(r, k));
                if (!objectWord)
                {
                    break;
                }

                last = k;
            }

            while (last > start && r.ClassOf(last) is WordClass.Determiner or WordClass.NounPreposition)
            {
                last--;
            }

            return last >= start + modifier.Length ? last : -1;
        }

        return -1;
    }

    /// <summary>Bit n set when some modifier's first word starts with the letter 'a' + n (c for close, w for with …).</summary>
    private static readonly uint ModifierInitials = InitialsOf(Modifiers);

    /// <summary>
    /// Whether a modifier may start at <paramref name="k"/>, by the first letter of its word: the phrase search tries
    /// each of up to eight words before the end against every modifier, and most words start with no modifier's letter
    /// (about 1 % of extract's instructions were those comparisons). Beyond ASCII the comparisons decide.
    /// </summary>
    private static bool MayStartModifier(TokenReader r, int k)
    {
        char c = r.Text(k)[0];
        if (c >= 128)
        {
            return true; // ignoring case, a letter such as the dotless ı matches an ASCII one
        }

        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 && (ModifierInitials & (1u << letter)) != 0;
    }

    private static uint InitialsOf(string[][] modifiers)
    {
        uint initials = 0;
        foreach (var modifier in modifiers)
        {
            initials |= 1u << (modifier[0][0] - 'a');
        }

        return initials;
    }

    private static bool StartsAt(TokenReader r, int k, string[] words)
    {
        for (int w = 0; w < words.Length; w++)
        {
            if (!r.Is(k + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBareHead(TokenReader r, int i)
    {
        foreach (var head in BareHeads)
        {
            if (r.Is(i, head))
            {
                return true;
            }
        }

        return false;
    }
}
