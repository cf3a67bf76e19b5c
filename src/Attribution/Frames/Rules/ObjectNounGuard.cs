using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a third-person cue form that is the object of the verb before it: <c>The move reflects | fears that …</c>. The
/// word before the cue ends in -s like a verb agreeing with a singular subject (a determiner and a singular noun, a
/// pronoun, or a name), so the cue is a plural noun and that verb's subject is no source (PARC counts such
/// attributions with no source; we prefer precision, as <see cref="NominalCueRule"/> does for <c>the claim that …</c>).
/// <list type="bullet">
/// <item>Settles (no statement): <c>The move reflects fears that the economy is slowing.</c>; <c>It deepens doubts that
/// the port can cope.</c>; <c>Brexit fuels worries that prices will rise.</c></item>
/// <item>Lets through: <c>Some analysts fear that …</c> (a base form); <c>The union leaders warn that …</c>; <c>Economists
/// say …</c>; <c>The minister says …</c> (the word before is a cue); <c>The census shows …</c> (not an -s plural).</item>
/// </list>
/// </summary>
internal sealed class ObjectNounGuard : FrameRule
{
    /// <summary>How many lower-case modifiers may stand between the determiner and the singular head (<c>The latest inflation report</c>).</summary>
    private const int MaxModifiers = 2;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        int verb = site.Previous;
        int subjectEnd = verb - 1;
        if (e.Form != VerbForm.ThirdPerson || e.IsPhrasal || subjectEnd < site.LeftLimit || !r.IsLowerWord(verb)
            || r.ClassOf(verb) != WordClass.None || !f.Clause.LooksPlural(verb) || r.IsNoun(verb) || r.Lexicons.TryGetCue(r.Text(verb), out _))
        {
            return false;
        }

        return r.Is(subjectEnd, "it") || r.Is(subjectEnd, "he") || r.Is(subjectEnd, "she") || r.Is(subjectEnd, "this") || r.Is(subjectEnd, "that")
            || (r.IsCapitalized(subjectEnd) && !r.IsAcronym(subjectEnd) && r.ClassOf(subjectEnd) == WordClass.None)
            || (r.IsLowerWord(subjectEnd) && r.ClassOf(subjectEnd) == WordClass.None && !f.Clause.LooksPlural(subjectEnd)
                && !r.IsPossessive(subjectEnd) && OpensWithDeterminer(r, subjectEnd, site.LeftLimit));
    }

    /// <summary>A determiner before the singular head, past up to <see cref="MaxModifiers"/> lower-case modifiers (<c>The latest inflation report</c>).</summary>
    private static bool OpensWithDeterminer(TokenReader r, int head, int leftLimit)
    {
        for (int k = head - 1; k >= leftLimit && head - k <= MaxModifiers + 1; k--)
        {
            if (r.ClassOf(k) == WordClass.Determiner)
            {
                return true;
            }

            if (!r.IsLowerWord(k) || r.ClassOf(k) != WordClass.None)
            {
                return false;
            }
        }

        return false;
    }
}
