using Attribution.Pipeline;
using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// The occasion of speaking at the end of a reported clause is the frame's adjunct, not the content (PARC leaves
/// the frame's own adjuncts out): <c>said the vote would go ahead | in an interview with CNN</c>, <c>said profits
/// rose 4% | , in a statement released on Monday</c>, <c>said the budget was balanced | during a news conference on
/// Tuesday</c>. The adjunct is a setting preposition whose object is an occasion of speaking (speaking-occasions.txt)
/// or, set off by a comma, a document the source issues (source-nouns.txt: <c>, in a statement</c>); only its own
/// short tail may follow (<c>with CNN</c>, <c>released on Monday</c>, <c>in Geneva</c>). Without a comma a document
/// stays in the content (<c>said the figures appeared in a report</c>), and so does an occasion followed by a clause
/// (<c>at a hearing where members shouted</c>). Act granularity only; quote granularity keeps today's content. Stateless.
/// </summary>
internal static class OccasionTail
{
    /// <summary>The most words between the preposition and the occasion noun (<c>in a rare televised address</c>).</summary>
    private const int MaxWordsBeforeOccasion = 4;

    /// <summary>The most tokens after the occasion noun (<c>with CNN's chief political correspondent on Sunday</c>); a longer tail is likely a clause of the content.</summary>
    private const int MaxTailTokens = 8;

    /// <summary>The fewest content tokens left before the adjunct (<c>it works</c>), so a content is never cut down to nothing.</summary>
    private const int MinKeptTokens = 2;

    public static void Trim(TokenReader r, DocumentPositions positions, StatementDraft draft)
    {
        var (first, end) = positions.TokensIn(draft.Content);
        while (end > first && r.Tokens[end - 1].Kind == TokenKind.Punctuation && !r.IsQuoteMark(end - 1))
        {
            end--;
        }

        for (int p = first + MinKeptTokens; p < end; p++)
        {
            bool comma = r.IsPunct(p, ',') && !positions.InQuote[p];
            int preposition = comma ? p + 1 : p;
            if (preposition >= end || positions.InQuote[preposition] || !IsSettingPreposition(r, preposition)
                || OccasionHead(r, positions, preposition, end, comma) is not int head || !IsAdjunctTail(r, positions, head + 1, end))
            {
                continue;
            }

            int last = p - 1;
            var cut = r.Tokens[last].Span.End;
            if (draft.Fragments is { Count: > 0 } pieces)
            {
                var lastPiece = pieces[^1];
                if (lastPiece.Start >= cut)
                {
                    return; // the adjunct would be a whole piece: leave an interrupted content alone
                }

                pieces[^1] = new TextSpan(lastPiece.Start, Math.Min(lastPiece.End, cut));
            }

            draft.Content = new TextSpan(draft.Content.Start, cut);
            return;
        }
    }

    private static bool IsSettingPreposition(TokenReader r, int i) =>
        r.IsLowerWord(i) && (r.Is(i, "in") || r.Is(i, "during") || r.Is(i, "at") || r.Is(i, "on") || r.Is(i, "via"));

    /// <summary>The occasion noun a few words after the preposition (<c>in an emailed statement</c>), or null.</summary>
    private static int? OccasionHead(TokenReader r, DocumentPositions positions, int preposition, int end, bool comma)
    {
        var wanted = comma ? WordTags.SpeakingOccasion | WordTags.SourceNoun : WordTags.SpeakingOccasion;
        for (int t = preposition + 1; t < end && t - preposition <= MaxWordsBeforeOccasion + 1; t++)
        {
            if (!r.IsWord(t) && !r.IsPossessive(t) || positions.InQuote[t] || r.ClassOf(t) is WordClass.Auxiliary or WordClass.Subordinator or WordClass.Coordinator)
            {
                return null;
            }

            if (r.IsLowerWord(t) && (r.TagsOf(t) & wanted) != 0)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Tokens [first, end) are a short phrase of the adjunct (<c>with CNN on Sunday</c>, <c>released on Monday</c>): no clause, quotation or punctuation.</summary>
    private static bool IsAdjunctTail(TokenReader r, DocumentPositions positions, int first, int end)
    {
        if (end - first > MaxTailTokens)
        {
            return false;
        }

        for (int t = first; t < end; t++)
        {
            if (positions.InQuote[t] || !(r.IsWord(t) || r.IsPossessive(t) || r.Tokens[t].Kind == TokenKind.Number)
                || r.ClassOf(t) is WordClass.Auxiliary or WordClass.Subordinator or WordClass.Coordinator or WordClass.Other
                || (r.TagsOf(t) & WordTags.RelativePronoun) != 0 || r.Is(t, "that"))
            {
                return false;
            }
        }

        return true;
    }
}
