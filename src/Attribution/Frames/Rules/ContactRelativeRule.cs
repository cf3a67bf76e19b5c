using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue in a relative clause without a relative pronoun (a contact clause) whose subject gap is the reported clause's
/// subject: <c>The company cut its forecast, a move traders said would weigh on the shares.</c> The noun before the source
/// (<c>a move</c>) is what the source speaks of; the source is the phrase right before the cue (<c>traders</c>, <c>some
/// analysts</c>, <c>the report</c>); the verb group after the cue is the content, read by <see cref="RelativeGapRule"/> as
/// for <c>which traders said would …</c>. A finite cue followed at once by a verb group has a gap for a subject, so the
/// words before its source cannot be the source's own (<c>the union members said</c> is followed by a clause, not a verb).
/// <list type="bullet">
/// <item>Matches: <c>…, a move traders said would weigh on the shares.</c>; <c>…, a decision critics say will hurt renters.</c>;
/// <c>…, a figure the report said was far too low.</c>; <c>…, a level some analysts say is unsustainable.</c></item>
/// <item>Leaves to the other rules: <c>The union members said they would strike.</c> (a subject after the cue);
/// <c>The plan, which critics say will fail, …</c> (a relative pronoun: <see cref="SubjectFrameRule"/> and <see cref="RelativeGapRule"/>);
/// <c>Many people the reporter observed took out their phones.</c> (people as the antecedent, and a verb that takes no bare clause: the gap is an object).</item>
/// </list>
/// </summary>
internal sealed class ContactRelativeRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        // Only verbs whose bare complement is a clause (say, claim, believe) report through the gap; after "many people Wikinews
        // observed took out their phones" the gap is the object of a verb of perceiving, and "took" is the main verb.
        if (e.Form is not (VerbForm.Past or VerbForm.Base or VerbForm.ThirdPerson) || e.IsPhrasal || e.IsNominal || e.IsPredicative || !e.Clausal
            || f.SubjectOf(site) is not { } phrase || phrase.LastToken != site.Previous || phrase.Kind == MentionKind.Pronoun)
        {
            return false;
        }

        int next = site.End;
        bool verbGroup = next <= site.SentenceLast && !f.Quotes.IsQuoted(next)
            && ((r.ClassOf(next) == WordClass.Auxiliary && r.IsLowerWord(next) && r.Text(next)[0] != '\'') || f.Clause.IsPredicateStart(next, site.SentenceLast));
        int head = phrase.LastToken;
        if (!verbGroup || !(r.IsNoun(head) || r.IsCapitalized(head)))
        {
            return false;
        }

        // The source: its head and the determiners or quantifiers before it ("traders", "some analysts", "the report").
        int start = head;
        while (start - 1 >= phrase.FirstToken && r.IsWord(start - 1) && (r.ClassOf(start - 1) == WordClass.Determiner || FunctionWords.IsQuantifierSubject(r.Text(start - 1))))
        {
            start--;
        }

        // The antecedent right before the source: a plain lower-case word ("a move | traders"), inside the phrase the subject
        // reader took ("a move traders") or right before it ("a figure | the report"; "figure" is also a cue word, but a noun here).
        int antecedent = start - 1;
        if (antecedent < site.LeftLimit || !r.IsLowerWord(antecedent) || f.Quotes.IsQuoted(antecedent) || r.ClassOf(antecedent) != WordClass.None
            || r.IsPronoun(antecedent) || (r.TagsOf(antecedent) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0
            || FunctionWords.IsPluralPersonNoun(r.Text(antecedent)))
        {
            return false;
        }

        var source = new Mention(r.SpanOf(start, head), start, head, start == phrase.FirstToken ? phrase.Kind : MentionKind.Nominal);
        f.Forward(site, source, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
        return true;
    }
}
