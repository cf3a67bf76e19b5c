using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue in an infinitive of purpose after the main clause's verb and its object or adjunct: the main clause's subject
/// speaks, and PARC 3.0 counts the act (<c>He went to Iowa to announce that he would run</c>).
/// <list type="bullet">
/// <item>Matches, with a that-clause or a quotation only: <c>The senator held a news conference to announce that she would
/// retire.</c>; <c>Trump took to Twitter on Sunday to insist that the report was false.</c>; <c>The governor used his speech to
/// warn that the state faced a deficit.</c></item>
/// <item>Leaves alone (to the other rules, which refuse it): <c>It is too early to say that the crisis is over.</c> (an expletive
/// subject); <c>The company is expected to announce that …</c> (a form of be in the main verb group); <c>She told reporters to
/// expect that …</c>, <c>He urged Congress to declare that …</c> (a listener or a cue that passes its object on); <c>He wants to
/// say that …</c>, <c>The firm failed to disclose that …</c> (no object or adjunct between the verb and <c>to</c>: no purpose, and
/// often no act); <c>The decision to announce that …</c> (no verb before <c>to</c>).</item>
/// </list>
/// </summary>
internal sealed class PurposeInfinitiveRule : FrameRule
{
    /// <summary>How many tokens the main verb's object or adjunct may take before <c>to</c> (<c>held a news conference in Des Moines</c>).</summary>
    private const int MaxPurposeGap = 10;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int to = site.Previous;
        if (site.Entry.Form != VerbForm.Base || site.Entry.IsPhrasal || to <= site.SentenceFirst || !r.Is(to, "to") || f.Quotes.IsQuoted(to)
            || r.ClassOf(to - 1) == WordClass.ObjectPronoun || (r.TagsOf(to - 1) & WordTags.PersonNoun) != 0 || !ReportsClause(f, site))
        {
            return false;
        }

        if (f.Clause.ClauseSubject(site.SentenceFirst, to) is not { } subject || !CanSpeak(r, subject) || MainVerb(f, subject, to) is not int verb
            || to - verb < 2 || to - verb > MaxPurposeGap)
        {
            return false;
        }

        for (int k = verb + 1; k < to; k++)
        {
            if (f.Quotes.IsQuoted(k) || r.Tokens[k].Kind == Text.TokenKind.Punctuation || (r.TagsOf(k) & WordTags.RelativePronoun) != 0
                || r.ClassOf(k) is WordClass.Coordinator or WordClass.Subordinator or WordClass.Auxiliary || f.Clause.IsCueAt(k))
            {
                return false; // another clause, or another cue, stands between the verb and the infinitive
            }
        }

        f.Forward(site, subject, carriedFrom: -1, addressee: null, FrameConfidence.PurposeInfinitive);
        return true;
    }

    // Only a that-clause or a quotation, after the addressee a cue may take: "to say goodbye", "to announce layoffs" report nothing.
    private static bool ReportsClause(FrameContext f, in CueSite site)
    {
        int next = site.End;
        if (site.Entry.TakesAddressee && f.Clause.PhraseAt(next, site.SentenceLast + 1, allowObjectPronoun: true) is { } told)
        {
            next = told.LastToken + 1;
        }

        return (f.Reader.Is(next, "that") && !f.Quotes.IsQuoted(next) && !f.Clause.IsDemonstrativeThat(next)) || f.Clause.QuoteFollows(next);
    }

    // "It is too early to say …", "There is no need to argue …": an expletive subject holds no view; the writer's "I" outside quotes neither.
    private static bool CanSpeak(TokenReader r, Mention subject) =>
        !(subject.FirstToken == subject.LastToken && (r.Is(subject.FirstToken, "it") || r.Is(subject.FirstToken, "there") || r.Is(subject.FirstToken, "this")
            || r.Is(subject.FirstToken, "that") || (r.TagsOf(subject.FirstToken) & WordTags.FirstPersonPronoun) != 0));

    /// <summary>
    /// The main verb right after the subject, past adverbs and auxiliaries other than <c>be</c>: null when a form of be stands there
    /// (<c>is expected to</c>, <c>was in Iowa to</c>, <c>is likely to</c>) or the verb is a cue that passes its object on (<c>urged
    /// Congress to</c>, <c>told aides to</c>).
    /// </summary>
    private static int? MainVerb(FrameContext f, Mention subject, int to)
    {
        var r = f.Reader;
        int k = subject.LastToken + 1;
        while (k < to && (r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary))
        {
            if (FunctionWords.IsBeForm(r.Text(k)))
            {
                return null;
            }

            k++;
        }

        if (k >= to || !r.IsLowerWord(k) || r.ClassOf(k) != WordClass.None || f.Quotes.IsQuoted(k))
        {
            return null;
        }

        return r.Lexicons.TryGetCue(r.Text(k), out var cue) && (cue.TakesAddressee || cue.TakesInfinitive || cue.TakesObjectInfinitive) ? null : k;
    }
}
