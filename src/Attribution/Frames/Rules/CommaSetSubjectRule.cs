using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue with no subject right before it: the subject may be the noun phrase opening the sentence, cut off
/// from its finite verb by a stray comma (<c>SUBJECT[ post-modifier], V …</c>).
/// <list type="bullet">
/// <item>Matches: <c>The security firm Secunia.com, has said that the flaw is serious.</c>; <c>Researchers at the University of Oslo, reported that the ice was thinning.</c></item>
/// <item>Refuses: <c>Institutional recipients, said Mauer, are required to …</c> (a parenthetical inverted frame); <c>He, said …</c> (a pronoun);
/// a modifier holding a relative clause, a quote or another cue.</item>
/// </list>
/// Settles every cue without a subject before it, so the subject rules after it always have one.
/// </summary>
internal sealed class CommaSetSubjectRule : FrameRule
{
    /// <summary>The most tokens the post-modifier between subject and comma may have.</summary>
    private const int MaxModifierTokens = 16;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.SubjectOf(site) is not null)
        {
            return false;
        }

        if (CommaSetSubject(f, site.First, site.Entry.Form, site.SentenceFirst, site.LeftLimit) is { } setOff)
        {
            // "The security firm Secunia.com, has said that …": a subject cut off from its verb by a stray comma.
            f.Forward(site, setOff, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
        }

        return true;
    }

    /// <summary>
    /// <c>SUBJECT[ post-modifier], V …</c>: a noun phrase opening the sentence, then at most a participial or
    /// prepositional modifier, then a comma right before the finite cue (after auxiliaries and adverbs).
    /// </summary>
    private static Mention? CommaSetSubject(FrameContext f, int c0, VerbForm form, int sFirst, int leftLimit)
    {
        var r = f.Reader;
        var quotes = f.Quotes;
        var clause = f.Clause;
        int comma = c0 - 1;
        bool perfect = false;
        while (comma > sFirst && r.ClassOf(comma) is WordClass.Adverb or WordClass.Auxiliary)
        {
            perfect |= r.Is(comma, "has") || r.Is(comma, "have");
            comma--;
        }

        bool finite = form is VerbForm.Past or VerbForm.ThirdPerson || (form == VerbForm.Participle && perfect);
        if (comma == c0 - 1 && clause.PhraseAt(c0 + 1, f.Sentences[f.SentenceOf[c0]].EndToken, allowObjectPronoun: false) is { } inverted
            && r.IsPunct(inverted.LastToken + 1, ','))
        {
            return null; // "Institutional recipients, said Mauer, are required …": a parenthetical inverted frame
        }

        if (!finite || !r.IsPunct(comma, ',') || sFirst < leftLimit || comma - sFirst > MentionFinder.MaxPhraseTokens
            || clause.PhraseAt(sFirst, comma, allowObjectPronoun: false) is not { } subject || subject.Kind == MentionKind.Pronoun)
        {
            return null;
        }

        int rest = subject.LastToken + 1;
        if (rest < comma)
        {
            bool modifier = r.ClassOf(rest) is WordClass.NounPreposition or WordClass.Preposition
                || (r.IsLowerWord(rest) && r.Text(rest).EndsWith("ed", StringComparison.Ordinal) && r.ClassOf(rest + 1) is WordClass.NounPreposition or WordClass.Preposition);
            if (!modifier || comma - rest > MaxModifierTokens)
            {
                return null;
            }

            for (int k = rest; k < comma; k++)
            {
                if (quotes.IsQuoted(k) || !(r.IsWord(k) || r.Tokens[k].Kind == TokenKind.Number || r.IsPossessive(k)) || r.ClassOf(k) is WordClass.Auxiliary or WordClass.Subordinator
                    || (r.TagsOf(k) & WordTags.RelativePronoun) != 0 || r.IsPronoun(k) || (k > rest && clause.IsCueAt(k)))
                {
                    return null;
                }
            }
        }

        return subject;
    }
}
