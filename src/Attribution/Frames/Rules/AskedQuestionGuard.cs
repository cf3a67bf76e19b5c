namespace Attribution.Frames.Rules;

/// <summary>
/// A cue inside the question of an introductory <c>Asked …,</c> is the reporter's question, not anyone's statement:
/// the answer is the main clause after the comma.
/// <list type="bullet">
/// <item>Settles (no statement): <c>Asked if he feared for his job, Hughes laughed.</c>;
/// <c>When asked whether she believed the ceasefire would hold, the minister said: “We hope so.”</c> (only the answer is a statement);
/// the question set off after the subject: <c>Lowe, asked whether the president had called, said: “They speak every day.”</c></item>
/// <item>Lets through: the cue after the comma (<c>Asked about the vote, Lopez said it was rigged.</c>);
/// <c>She was asked whether she believed him and said no.</c> (no introductory <c>Asked</c>).</item>
/// </list>
/// </summary>
internal sealed class AskedQuestionGuard : FrameRule
{
    /// <summary>How far into the sentence the introductory <c>Asked</c> may stand (<c>When asked</c>, <c>If asked</c>).</summary>
    private const int MaxLeadTokens = 1;

    /// <summary>The longest question set off by commas after a subject (<c>, asked whether the president had spoken to the chief of staff on Monday,</c>).</summary>
    private const int MaxQuestionTokens = 20;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int asked = -1;
        for (int k = site.SentenceFirst; k <= site.SentenceFirst + MaxLeadTokens && k < site.First; k++)
        {
            if (r.Is(k, "asked") && (k == site.SentenceFirst || r.Is(k - 1, "when") || r.Is(k - 1, "if") || r.Is(k - 1, "once")))
            {
                asked = k;
                break;
            }
        }

        if (asked < 0)
        {
            return InAppositiveQuestion(f, site);
        }

        if (f.Quotes.IsQuoted(asked))
        {
            return false;
        }

        for (int k = asked + 1; k < site.First; k++)
        {
            if (r.IsPunct(k, ',') || f.Quotes.IsQuoted(k))
            {
                return false; // the cue is in the main clause, after the question
            }
        }

        return true;
    }

    /// <summary>
    /// <c>Lowe, asked whether the president had called, said: “…”</c>, <c>The coach, when asked about his future, said …</c>:
    /// a question set off by commas between the subject and its verb. The cue is <c>asked</c> itself or a word of the
    /// question; the verb after the closing comma is the answer's cue.
    /// </summary>
    private static bool InAppositiveQuestion(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int asked = -1;
        for (int k = site.First; k > site.SentenceFirst && site.First - k <= MaxQuestionTokens; k--)
        {
            if (r.IsPunct(k, ',') || f.Quotes.IsQuoted(k))
            {
                return false;
            }

            if (r.Is(k, "asked") && (r.IsPunct(k - 1, ',') || (r.Is(k - 1, "when") && r.IsPunct(k - 2, ','))))
            {
                asked = k;
                break;
            }
        }

        if (asked < 0)
        {
            return false;
        }

        for (int k = site.End; k <= site.SentenceLast && k - asked <= MaxQuestionTokens; k++)
        {
            if (f.Quotes.IsQuoted(k) || r.IsPunct(k, '.') || r.IsPunct(k, ';') || r.IsPunct(k, ':'))
            {
                return false;
            }

            if (r.IsPunct(k, ','))
            {
                return k + 1 <= site.SentenceLast && (f.Clause.IsCueAt(k + 1) || f.Clause.IsPredicateStart(k + 1, site.SentenceLast));
            }
        }

        return false;
    }
}