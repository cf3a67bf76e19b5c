using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A participle after a comma, a dash, a closing quote mark or a conjunction continues the sentence's
/// speaker: the speaker of a statement already framed in the sentence, else the main clause's subject.
/// <list type="bullet">
/// <item>Matches: <c>The minister defended the plan, adding that costs would fall.</c>; <c>“We are ready,” she said, insisting the army would hold.</c>;
/// <c>Police closed the road before warning that more rain was due.</c></item>
/// <item>Refuses: <c>…, adding nothing.</c> (no clause or quote); a sentence with neither an earlier statement nor a main-clause subject.</item>
/// </list>
/// The last participle rule: settles every participle cue that reaches it.
/// </summary>
internal sealed class ParticipialRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (site.Entry.Form != VerbForm.Gerund)
        {
            return false;
        }

        if (f.CarriedSpeaker(site.Sentence, site.First) is int source)
        {
            var earlier = f.Candidates[source];
            if (CoordinatedClauseSubject(f, site, earlier.Draft.Content.End) is { } nearer)
            {
                f.Forward(site, nearer, carriedFrom: -1, addressee: null, FrameConfidence.Participial);
            }
            else
            {
                f.Forward(site, earlier.Speaker!.Value, source, earlier.AddresseeMention, FrameConfidence.Participial);
            }

            return true;
        }

        // "SACRAMENTO, Calif. — Gov. Ellison signed …, calling it …": the subject starts after a wire dateline.
        int first = Dateline.Skip(f.Reader, site.SentenceFirst, site.First);
        if ((SubjectWithAppositive(f, first, site) ?? f.Clause.ClauseSubject(first, site.First)) is { } clauseSubject)
        {
            f.Forward(site, clauseSubject, carriedFrom: -1, addressee: null, FrameConfidence.Participial);
        }

        return true;
    }

    /// <summary>How far into the sentence the main verb after a subject with an appositive is sought.</summary>
    private const int MaxSubjectSpan = 16;

    /// <summary>
    /// <c>Trump's running mate, Mike Pence, sought to reassure voters, saying …</c>; <c>The governor's chief of staff, Ann Lee,
    /// defended the plan, saying …</c>: a subject with a possessive or an appositive set off by commas, which the forward phrase
    /// reader stops inside; the main verb after the appositive's closing comma is found first and its subject read back from it.
    /// Only when that subject starts the clause; otherwise null, and the forward reader decides.
    /// </summary>
    private static Mention? SubjectWithAppositive(FrameContext f, int first, in CueSite site)
    {
        var r = f.Reader;
        int commas = 0;
        for (int k = first + 1; k < site.Previous && k - first <= MaxSubjectSpan; k++)
        {
            if (f.Quotes.IsQuoted(k) || r.ClassOf(k) is WordClass.Subordinator or WordClass.Coordinator)
            {
                return null;
            }

            if (r.IsPunct(k, ','))
            {
                commas++;
                continue;
            }

            if (commas == 2 && r.IsPunct(k - 1, ',') && f.Clause.IsPredicateStart(k, site.SentenceLast))
            {
                return f.Clause.SubjectBefore(k, first) is { } subject && subject.FirstToken == first ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>The mayor's office insisted the budget was balanced, but the comptroller disputed that, saying …</c>: a clause
    /// joined after the earlier statement's content, with a subject of its own, is the one the participle hangs on, so
    /// its subject speaks, not the earlier statement's speaker. Only a contrastive or coordinating conjunction after a
    /// comma opens such a clause; a bare "and" right after the content may still be inside it.
    /// </summary>
    private static Mention? CoordinatedClauseSubject(FrameContext f, in CueSite site, int contentEnd)
    {
        var r = f.Reader;
        for (int k = site.Previous - 1; k > site.SentenceFirst && r.Tokens[k].Span.Start >= contentEnd; k--)
        {
            if (!r.IsPunct(k - 1, ',') || !IsClauseConjunction(r, k))
            {
                continue;
            }

            if (f.Clause.ClauseSubject(k + 1, site.First) is { } subject && subject.LastToken + 1 < site.Previous
                && r.IsLowerWord(subject.LastToken + 1))
            {
                return subject;
            }

            return null;
        }

        return null;
    }

    private static bool IsClauseConjunction(TokenReader r, int i) =>
        r.Is(i, "but") || r.Is(i, "yet") || r.Is(i, "and") || r.Is(i, "while") || r.Is(i, "whereas");

    /// <summary>Whether the participle follows a comma, a dash, a closing quote mark or <c>and</c>, <c>before</c>, <c>after</c>, <c>while</c>, <c>by</c>.</summary>
    public static bool FollowsCommaOrConjunction(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        if (prev < site.SentenceFirst)
        {
            return false;
        }

        bool afterComma = r.IsPunct(prev, ',') || f.Clause.IsClosingMark(prev) || r.IsPunct(prev, '—') || r.Tokens[prev].Kind == TokenKind.Dash;
        bool afterConjunction = r.Is(prev, "and") || r.Is(prev, "before") || r.Is(prev, "after") || r.Is(prev, "while") || r.Is(prev, "by");
        return afterComma || afterConjunction;
    }
}
