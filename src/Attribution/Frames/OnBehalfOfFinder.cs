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

    private static bool IsJoin(TokenReader r, int i) => r.Is(i, "for") || r.Is(i, "of");

    private static bool IsSpokesperson(TokenReader r, int i) => r.IsWord(i) && (r.TagsOf(i) & WordTags.SpeaksFor) != 0;
}
