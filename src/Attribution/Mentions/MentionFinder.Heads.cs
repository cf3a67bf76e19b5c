using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>Which token heads a noun phrase, whether a phrase is plausible as a speaker, and what kind of mention it is (see MentionFinder.cs).</summary>
internal static partial class MentionFinder
{
    /// <summary>Whether the token is a weekday, a month, or a relative time word (<c>today</c>, <c>week</c>, <c>last</c>).</summary>
    public static bool IsTimeWord(TokenReader r, int i) => TimeAdjunct.IsTimeWord(r, i);

    /// <summary>A month's name right after a capitalised name word is a surname: <c>Theresa May</c>, <c>Brian May</c>.</summary>
    private static bool IsSurnameLikeMonth(TokenReader r, int i) => TimeAdjunct.IsSurnameLikeMonth(r, i);

    // "told Channel 12", "Apollo 11": a number after a capitalised head closes the name.
    private static bool IsNumberedName(TokenReader r, int start, int last) =>
        last > start && r.Tokens[last].Kind == Text.TokenKind.Number && r.IsCapitalized(last - 1) && IsHead(r, last - 1);

    /// <summary>
    /// A capitalised name and its <c>'s</c> that no noun follows: <c>Moody's</c>, <c>McDonald's</c> as a whole
    /// name. A possessive before a noun (<c>Moody's analysts</c>) is a determiner and not asked about here;
    /// a pronoun's <c>'s</c> is <c>is</c> or <c>has</c> (<c>he's said</c>).
    /// </summary>
    private static bool IsNameWithPossessive(TokenReader r, int end, int limit) =>
        end - 1 >= limit && r.IsPossessive(end) && r.Text(end).Length == 2 && r.IsCapitalized(end - 1) && !r.IsPronoun(end - 1)
        && !(r.IsWord(end + 1) && r.IsNoun(end + 1) && r.ClassOf(end + 1) == WordClass.None);

    private static bool IsHead(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        if (r.IsCapitalized(i))
        {
            return IsSurnameLikeMonth(r, i) || r.ClassOf(i) == WordClass.None && !IsTimeWord(r, i);
        }

        return r.ClassOf(i) == WordClass.None && (!r.LooksVerbalOrAdverb(i) || IsIngNounAfterDeterminer(r, i) || IsPluralCueNounHead(r, i))
            && (r.TagsOf(i) & WordTags.RelativePronoun) == 0;
    }

    /// <summary>
    /// <c>the briefing</c>, <c>a public hearing</c>, <c>Tuesday's meeting</c>: a word in -ing after a determiner or a
    /// possessive (past at most one modifier) is a noun, and may end a phrase (<c>Officials at the briefing said</c>).
    /// </summary>
    private static bool IsIngNounAfterDeterminer(TokenReader r, int i)
    {
        var word = r.Text(i);
        if (word.Length <= MinIngNounLength || !word.EndsWith("ing", StringComparison.Ordinal) || i == 0)
        {
            return false;
        }

        int before = i - 1;
        if (before > 0 && r.IsLowerWord(before) && r.ClassOf(before) == WordClass.None && !r.LooksVerbalOrAdverb(before))
        {
            before--; // "a public hearing"
        }

        return r.ClassOf(before) == WordClass.Determiner || r.IsPossessive(before);
    }

    /// <summary>Shorter words in -ing are rarely verb forms made nouns: <c>king</c>, <c>ring</c>, <c>thing</c> are nouns anyway.</summary>
    private const int MinIngNounLength = 4;

    // A phrase of lower-case words is a speaker only with a determiner or a known head (researchers,
    // the report); otherwise it is probably the end of a clause.
    private static bool Plausible(TokenReader r, int first, int last)
    {
        if (r.IsNoun(last) || r.IsCapitalized(last) || r.IsPronoun(last))
        {
            return true;
        }

        for (int k = first; k < last; k++)
        {
            if (r.ClassOf(k) == WordClass.Determiner || r.IsCapitalized(k) || r.IsPossessive(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapital(TokenReader r, Mention m)
    {
        for (int k = m.FirstToken; k <= m.LastToken; k++)
        {
            if (r.IsCapitalized(k) && r.ClassOf(k) == WordClass.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Name, pronoun, nominal, organisation or anonymous, from the head and the determiner.</summary>
    public static MentionKind Classify(TokenReader r, int first, int last)
    {
        if (first == last && r.IsPronoun(first) || r.ClassOf(last) == WordClass.ObjectPronoun)
        {
            return MentionKind.Pronoun;
        }

        int head = last;
        // "a spokesman for the ministry": the head is before the preposition.
        for (int k = first; k <= last; k++)
        {
            if (r.ClassOf(k) == WordClass.NounPreposition && k > first)
            {
                head = k - 1;
                break;
            }
        }

        var tags = r.TagsOf(head);
        bool capitalizedHead = r.IsCapitalized(head) && !(head == first && r.IsNoun(head)); // "Officials said" at a sentence start
        bool indefinite = r.Is(first, "a") || r.Is(first, "an") || r.Is(first, "some") || r.Is(first, "several") || r.Is(first, "two") || r.Is(first, "three");
        if (!capitalizedHead)
        {
            if ((tags & WordTags.GroupNoun) != 0)
            {
                return MentionKind.Organization;
            }

            bool anonymousHead = r.Is(head, "source") || r.Is(head, "sources") || r.Is(head, "official") || r.Is(head, "officials") || r.Is(head, "insider") || r.Is(head, "insiders") || r.Is(head, "person") || r.Is(head, "people");
            return anonymousHead && (indefinite || head == first) ? MentionKind.Anonymous : MentionKind.Nominal;
        }

        if ((tags & WordTags.GroupNoun) != 0 || IsOrganizationSuffix(r, head))
        {
            return MentionKind.Organization;
        }

        if ((tags & WordTags.Title) != 0 && head == first)
        {
            return MentionKind.Nominal;
        }

        return MentionKind.Name;
    }

    private static bool IsOrganizationSuffix(TokenReader r, int i)
    {
        var t = r.Text(i);
        return t.Equals("Inc", StringComparison.Ordinal) || t.Equals("Inc.", StringComparison.Ordinal) || t.Equals("Corp.", StringComparison.Ordinal)
            || t.Equals("Ltd", StringComparison.Ordinal) || t.Equals("Ltd.", StringComparison.Ordinal) || t.Equals("News", StringComparison.Ordinal)
            || t.Equals("Times", StringComparison.Ordinal) || t.Equals("Post", StringComparison.Ordinal) || t.Equals("Press", StringComparison.Ordinal)
            || t.Length >= 2 && t.Length <= 5 && IsAllUpper(t);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
