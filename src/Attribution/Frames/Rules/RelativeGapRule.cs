using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a cue inside a relative clause whose subject gap is the reported clause's subject: the relative
/// pronoun stands for what the source speaks of, and the verb group after the cue is the content
/// (<c>the decline, which the company said would continue, …</c>).
/// <list type="bullet">
/// <item>Matches: <c>The slump in orders, which the company said would last into the spring, hurt results.</c>;
/// <c>Yields rose to 4.6%, which traders said reflected worries about the deficit.</c>; <c>a gunman who police say was
/// armed with a rifle</c>; after <see cref="ContactRelativeRule"/>, a clause with no relative pronoun: <c>a move traders said would weigh on
/// the shares</c>. The content ends where the main clause resumes (<c>, hurt results</c>).</item>
/// <item>Refuses: <c>The company, which said it would cut jobs, …</c> (the relative pronoun is the subject:
/// <see cref="BareClauseRule"/>); <c>Officials said would-be buyers …</c> (no relative pronoun before the subject);
/// <c>the plan that the mayor announced last week</c> (no verb after the cue); <c>Is there a book which you think stands
/// out?</c> (a question asserts no belief); <c>The case on which the court ruled was …</c> (the pronoun is a preposition's object).</item>
/// </list>
/// </summary>
internal sealed class RelativeGapRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        var r = f.Reader;
        // A contact clause ("a move traders said would …") has no relative pronoun; ContactRelativeRule found its gap.
        if (f.ForwardSpeaker is not { } speaker || next > site.SentenceLast || f.Quotes.IsQuoted(next)
            || !(f.Rule is ContactRelativeRule || OpensRelativeClause(f, speaker.FirstToken - 1))
            || !NextToCue(f, speaker, site) || r.IsPunct(site.SentenceLast, '?'))
        {
            return false;
        }

        bool verbGroup = (r.ClassOf(next) == WordClass.Auxiliary && r.IsLowerWord(next)) || f.Clause.IsPredicateStart(next, site.SentenceLast);
        if (!verbGroup || f.Content.Content(next, forceMixedOnQuote: false) is not { } found)
        {
            return false;
        }

        content = f.Content.WithoutResumedPredicate(found);
        confidence -= FrameConfidence.BareClausePenalty;
        return true;
    }

    // The subject right before the cue, past adverbs and auxiliaries only: in "that the residents who complained were right"
    // the subject of the cue is "who", and "that" is a complementizer, not a relative pronoun.
    private static bool NextToCue(FrameContext f, Mentions.Mention speaker, in CueSite site)
    {
        int k = speaker.LastToken + 1;
        while (k < site.First && f.Reader.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary)
        {
            k++;
        }

        return k == site.First;
    }

    // "which", "who" or "that" right before the subject, not inside a quotation; after a preposition ("the case on which
    // the court ruled was …") the relative pronoun is the preposition's object, and the subject is no gap.
    private static bool OpensRelativeClause(FrameContext f, int k) =>
        !f.Quotes.IsQuoted(k) && (f.Reader.Is(k, "which") || f.Reader.Is(k, "who") || (f.Reader.Is(k, "that") && f.Reader.IsLowerWord(k)))
        && f.Reader.ClassOf(k - 1) is not (WordClass.Preposition or WordClass.NounPreposition);
}
