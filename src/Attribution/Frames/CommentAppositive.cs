using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// A noun phrase set off after a reported clause that names what the clause is and how others took it (<c>The union
/// argued that wages have failed to keep pace, | a point echoed by several council members.</c>; <c>…, a claim the
/// ministry rejects</c>; <c>…, a view shared by most economists</c>): the narrator's comment on the content, not more of
/// it, so the content ends before its comma. Its head is a noun of saying (nominal-cues.txt: claim, charge, argument) or
/// of a reply or stance (response-nouns.txt: point, view, warning), and a participle, a relative pronoun or a clause's
/// subject follows it; <c>…, a tenth of its workforce</c> (a measure of what was said) and <c>…, a decision that …</c>
/// (no noun of saying) stay in the content.
/// </summary>
internal static class CommentAppositive
{
    /// <summary>How many words may stand between the article and the noun (<c>a familiar point</c>, <c>a long-standing claim</c>).</summary>
    private const int MaxModifiers = 2;

    /// <summary>Whether such a phrase starts at <paramref name="next"/>, the token after a comma.</summary>
    public static bool StartsAt(TokenReader r, QuoteLayout quotes, int next, int sLast)
    {
        if (!(r.Is(next, "a") || r.Is(next, "an") || r.Is(next, "the")) || quotes.IsQuoted(next))
        {
            return false;
        }

        for (int k = next + 1; k <= sLast && k - next <= MaxModifiers + 1 && r.IsLowerWord(k) && !quotes.IsQuoted(k); k++)
        {
            if (IsCommentNoun(r, k))
            {
                return CommentFollows(r, quotes, k + 1, sLast);
            }

            if (r.ClassOf(k) != WordClass.None)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCommentNoun(TokenReader r, int k) =>
        (r.TagsOf(k) & WordTags.ResponseNoun) != 0
        || (r.HasRole(k, WordRoles.Cue) && r.Lexicons.TryGetCueWord(r.Text(k), r.WordHash(k), out var cue) && cue.Nominal is not null);

    /// <summary>
    /// <c>echoed by …</c>, <c>shared by …</c> (a participle), <c>which …</c>, <c>that was …</c> (a relative clause), <c>his lawyer
    /// denies</c>, <c>officials reject</c> (a clause with the noun as its object): what others made of the content.
    /// </summary>
    private static bool CommentFollows(TokenReader r, QuoteLayout quotes, int k, int sLast)
    {
        if (k > sLast || !r.IsLowerWord(k) && !r.IsCapitalized(k) || quotes.IsQuoted(k))
        {
            return false;
        }

        if (r.Is(k, "that"))
        {
            // "a claim that was later withdrawn" (a relative clause); "a warning that residents must leave" states the warning's content,
            // more of what was said.
            return r.ClassOf(k + 1) == WordClass.Auxiliary && r.Tokens[k + 1].Kind != Text.TokenKind.Apostrophe;
        }

        if ((r.TagsOf(k) & WordTags.RelativePronoun) != 0 || r.IsPronoun(k) || r.ClassOf(k) == WordClass.Determiner || r.IsCapitalized(k))
        {
            return true;
        }

        return r.IsLowerWord(k) && (FunctionWords.LooksLikePastParticiple(r.Text(k)) || r.IsNoun(k));
    }
}
