using Attribution.Pipeline;
using Attribution.Entities;
using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// Finds whom a spokesperson speaks for: in <c>a spokesman for the ministry said</c> the speaker is the spokesman
/// and the ministry is <see cref="StatementDraft.OnBehalfOf"/>. The roles are the person nouns marked
/// <c>+speaksfor</c> in <c>person-nouns.txt</c>. When a rule took only the organisation as the speaker
/// (<c>A spokeswoman for | the Interior Ministry</c>), the speaker is widened to the whole phrase. Runs in both
/// granularities, before entities are resolved. Stateless.
/// </summary>
internal static class OnBehalfOfFinder
{
    public static void Find(TokenReader r, DocumentPositions positions, List<StatementDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Speaker is not { } speaker)
            {
                continue;
            }

            var (first, end) = positions.TokensIn(speaker);
            if (end <= first)
            {
                continue;
            }

            int last = end - 1;
            if (Inside(r, first, last) is { } represented)
            {
                draft.OnBehalfOf = represented;
                continue;
            }

            if (Premodifier(r, first, last) is { } named)
            {
                draft.OnBehalfOf = named; // "Pentagon spokeswoman Sabrina Singh", "A State Department spokesman"
                continue;
            }

            if (InAppositive(r, positions, last) is { } apposed)
            {
                draft.OnBehalfOf = apposed; // "John Kirby, a spokesman for the National Security Council, said"
                continue;
            }

            // "A spokeswoman for the Interior Ministry said": the rule stopped at the organisation's determiner.
            int preposition = first - 1;
            int role = first - 2;
            if (IsJoin(r, preposition) && IsSpokesperson(r, role) && !positions.InQuote[role]
                && positions.SentenceOf(role) == positions.SentenceOf(first)
                && MentionFinder.PhraseEndingAt(r, role, r.Document.Sentences[positions.SentenceOf(role)].FirstToken) is { } head)
            {
                draft.OnBehalfOf = speaker;
                draft.Speaker = r.SpanOf(head.FirstToken, last);
                draft.SpeakerKind = MentionFinder.Classify(r, head.FirstToken, last);
            }
        }
    }

    /// <summary>The organisation inside a speaker phrase <c>ROLE for|of ORGANISATION</c>, or null.</summary>
    private static TextSpan? Inside(TokenReader r, int first, int last)
    {
        for (int k = first; k + 1 < last; k++)
        {
            if (IsSpokesperson(r, k) && IsJoin(r, k + 1) && (r.ClassOf(k + 2) == WordClass.Determiner || r.IsCapitalized(k + 2)))
            {
                return r.SpanOf(k + 2, last);
            }
        }

        return null;
    }

    /// <summary>
    /// The capitalised name before a spokesperson noun inside the speaker phrase (<c>Ministry spokesman Ivan Petrov</c>,
    /// <c>A White House spokeswoman</c>) or the possessor before it (<c>The ministry's spokesman</c>): the body the
    /// spokesperson speaks for. A determiner that opens a capitalised name is left out; a lower-case word before the role
    /// (<c>a senior spokesman</c>) names no one.
    /// </summary>
    private static TextSpan? Premodifier(TokenReader r, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            if (IsSpokesperson(r, k) && r.IsPossessive(k - 1) && k - 2 >= first)
            {
                return r.SpanOf(first, k - 2); // "The ministry's spokesman", "Netanyahu's spokesman"
            }

            if (!IsSpokesperson(r, k) || !r.IsCapitalized(k - 1) || r.ClassOf(k - 1) == WordClass.Determiner)
            {
                continue;
            }

            int start = k - 1;
            while (start - 1 >= first && r.IsCapitalized(start - 1) && r.ClassOf(start - 1) != WordClass.Determiner)
            {
                start--;
            }

            return r.SpanOf(start, k - 1);
        }

        return null;
    }

    /// <summary>How many tokens an appositive naming the spokesperson's body may have (<c>, a spokesman for the National Security Council,</c>).</summary>
    private const int MaxAppositiveTokens = 14;

    /// <summary>
    /// The body named in an appositive right after the speaker (<c>John Kirby, a spokesman for the National Security
    /// Council, said</c>; <c>said Anna Berg, a spokeswoman for the city.</c>), up to the comma or full stop that closes it.
    /// </summary>
    private static TextSpan? InAppositive(TokenReader r, DocumentPositions positions, int last)
    {
        int open = last + 1;
        if (!r.InRange(open) || !r.IsPunct(open, ','))
        {
            return null;
        }

        int sentenceEnd = r.Document.Sentences[positions.SentenceOf(last)].EndToken;
        for (int k = open + 1; k < sentenceEnd && k - open <= MaxAppositiveTokens; k++)
        {
            if (positions.InQuote[k])
            {
                return null;
            }

            bool closes = r.IsPunct(k, ',') || r.IsPunct(k, '.') || r.IsPunct(k, ';');
            if (closes || k == sentenceEnd - 1)
            {
                int closeLast = closes ? k - 1 : k;
                return closeLast > open + 2 ? Inside(r, open + 1, closeLast) : null;
            }
        }

        return null;
    }

    private static bool IsJoin(TokenReader r, int i) => r.Is(i, "for") || r.Is(i, "of");

    private static bool IsSpokesperson(TokenReader r, int i) => r.IsWord(i) && (r.TagsOf(i) & WordTags.SpeaksFor) != 0;
}
