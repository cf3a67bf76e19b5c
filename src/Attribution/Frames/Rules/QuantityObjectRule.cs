using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a pronoun of quantity after the cue when no verb follows it: the cue's object, not a reported
/// clause (<see cref="WordTags.QuantityPronoun"/>, quantity-pronouns.txt).
/// <list type="bullet">
/// <item>Refuses (no statement): <c>He said nothing about the deal.</c>; <c>The minister said very little about the budget.</c>;
/// <c>She has said much the same in the past.</c></item>
/// <item>Lets through (a clause with that subject): <c>He said nothing had been decided.</c>; <c>She said little would change.</c>;
/// <c>He said nothing changed after the audit.</c></item>
/// </list>
/// </summary>
internal sealed class QuantityObjectRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        var r = f.Reader;
        if ((r.TagsOf(next) & WordTags.DegreeWord) != 0 && r.IsLowerWord(next))
        {
            next++; // "said very little"
        }

        if (!r.IsLowerWord(next) || f.Quotes.IsQuoted(next) || (r.TagsOf(next) & WordTags.QuantityPronoun) == 0)
        {
            return false;
        }

        int verb = next + 1;
        while (verb <= site.SentenceLast && r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++; // "little really changed"
        }

        bool verbFollows = r.ClassOf(verb) == WordClass.Auxiliary
            || (r.IsLowerWord(verb) && !r.IsNoun(verb) && (r.Text(verb).EndsWith("ed", StringComparison.Ordinal) || f.Clause.LooksPlural(verb) && r.ClassOf(verb) == WordClass.None && !f.Clause.IsCueAt(verb)));
        return !verbFollows; // no verb: "said nothing about the deal" settles with no statement; else the clause rules read it
    }
}
