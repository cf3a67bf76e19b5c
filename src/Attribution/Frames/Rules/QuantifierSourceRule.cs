using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A bare quantifier opening a clause speaks through the finite cue right after it: in news it stands for some
/// of the people just named (<c>Dealers said …, although some worried that …</c>).
/// <list type="bullet">
/// <item>Matches: <c>Traders said the dollar would rise, while others argued that the Fed would hold rates.</c>;
/// <c>Many believe the plant will close.</c>; <c>Some say the plan came too late.</c>; with a verb group: <c>Many had bet that the bank
/// would cut rates.</c>, <c>Others have argued that …</c>, <c>Another has said …</c>; <c>One protester held a sign, while another
/// shouted, “Fund our schools!”</c> (singular <c>another</c> with a past or a form in <c>-s</c>).</item>
/// <item>Refuses: <c>some worried investors</c>, <c>many reported cases</c> (a participle or a noun after the quantifier,
/// settled by <see cref="NounUseGuard"/>); <c>the many reports that …</c> (the quantifier does not open a clause);
/// <c>Some saying …</c> (not finite); <c>Many were told …</c> (a passive: a form of <i>be</i> ends the verb group); <c>Some has said</c> (no agreement); <c>I give so many talks I can't remember</c> (a form in <c>-s</c> does not agree
/// with a plural quantifier: a noun); <c>another report said</c> (a noun after <c>another</c>).</item>
/// </list>
/// Before <see cref="NounUseGuard"/>, which takes the cue after a quantifier for a noun.
/// </summary>
internal sealed class QuantifierSourceRule : FrameRule
{
    /// <summary>How many adverbs may stand between the quantifier and the cue (<c>others also argued</c>).</summary>
    private const int MaxAdverbs = 2;

    /// <summary>How many words the verb group between the quantifier and the cue may have (<c>many have also said</c>, <c>some may well have argued</c>).</summary>
    private const int MaxVerbGroupWords = 3;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        // A plural subject: "others argue", "some said"; "many talks" is a noun after a quantifier.
        if (site.Entry.IsNominal || site.Entry.IsPredicative || !r.IsLowerWord(site.First))
        {
            return false;
        }

        int q = site.Previous;
        while (q >= site.SentenceFirst && site.Previous - q < MaxAdverbs && r.ClassOf(q) == WordClass.Adverb)
        {
            q--;
        }

        // "Many have said", "Some had warned", "Others will argue": a verb group before the cue; its first word agrees with the quantifier.
        int verbGroupLast = q;
        while (q >= site.SentenceFirst && verbGroupLast - q < MaxVerbGroupWords && r.IsLowerWord(q)
            && (r.ClassOf(q) == WordClass.Adverb || (r.ClassOf(q) == WordClass.Auxiliary && !FunctionWords.IsBeForm(r.Text(q)))))
        {
            q--;
        }

        if (q < site.LeftLimit || f.Quotes.IsQuoted(q))
        {
            return false;
        }

        int finite = FirstAuxiliaryAfter(r, q, verbGroupLast);
        bool agrees = finite < 0
            ? site.Entry.Form is VerbForm.Past or VerbForm.Base or VerbForm.ThirdPerson && Agrees(r.Text(q), site.Entry.Form)
            : site.Entry.Form is VerbForm.Participle or VerbForm.Past or VerbForm.Base && AgreesWithAuxiliary(r.Text(q), r.Text(finite));
        if (!agrees || !f.Clause.IsClauseOpening(q, site.SentenceFirst))
        {
            return false;
        }

        int next = site.End;
        if (finite < 0 && r.Text(site.First).EndsWith("ed", StringComparison.Ordinal) && r.IsLowerWord(next) && r.ClassOf(next) == WordClass.None && !r.IsPronoun(next) && !r.Is(next, "that"))
        {
            return false; // "Some worried investors sold": a participle before its noun (NounUseGuard settles it)
        }

        f.Forward(site, new Mention(r.SpanOf(q, q), q, q, MentionKind.Nominal), carriedFrom: -1, addressee: null, FrameConfidence.QuantifierSource);
        return true;
    }

    /// <summary>The first auxiliary between the quantifier at <paramref name="q"/> and <paramref name="last"/>, or -1 when there is none.</summary>
    private static int FirstAuxiliaryAfter(TokenReader r, int q, int last)
    {
        for (int k = q + 1; k <= last; k++)
        {
            if (r.ClassOf(k) == WordClass.Auxiliary)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"many have", "others will", "another has": the finite auxiliary agrees with the quantifier ("some has" does not).</summary>
    private static bool AgreesWithAuxiliary(ReadOnlySpan<char> quantifier, ReadOnlySpan<char> auxiliary)
    {
        bool singularOnly = auxiliary.SequenceEqual("has") || auxiliary.SequenceEqual("does");
        bool pluralOnly = auxiliary.SequenceEqual("have") || auxiliary.SequenceEqual("do");
        return FunctionWords.IsQuantifierSubject(quantifier) ? !singularOnly
            : FunctionWords.IsSingularQuantifierSubject(quantifier) && !pluralOnly;
    }

    /// <summary>"others argue" (plural: a base or a past), "another shouted", "another says" (singular: a past or a form in -s).</summary>
    private static bool Agrees(ReadOnlySpan<char> quantifier, VerbForm form) =>
        FunctionWords.IsQuantifierSubject(quantifier) ? form != VerbForm.ThirdPerson
            : FunctionWords.IsSingularQuantifierSubject(quantifier) && form != VerbForm.Base;
}
