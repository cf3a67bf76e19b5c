using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A belief framed by a prepositional phrase of viewpoint: <c>in</c>, the holder (a third-person possessive, or <c>the NOUN of
/// X</c>) and a noun of nominal-cues.txt flagged <c>+viewpoint</c> (view, opinion, judgment, estimation), set off beside a
/// clause. PARC 3.0 counts the holder as the source of the clause; the statement is a belief (speech false).
/// <list type="bullet">
/// <item>Matches: <c>In his view, the economy is strong.</c>; <c>In the company's opinion, the ruling was flawed.</c>;
/// <c>The shares are cheap, in the firm's estimation.</c>; <c>In the view of most analysts, the merger will close.</c>;
/// <c>Mr. Smith said that, in his opinion, the stock is overvalued.</c> (nested in the outer content).</item>
/// <item>Refuses (no statement): <c>In my view, …</c> outside quotations (the writer's own); <c>in his view of the world</c>
/// and <c>in her opinion piece</c> (no clause set off beside it); <c>the view from the top floor</c> (no <c>in</c>: left to
/// <see cref="NominalCueRule"/>).</item>
/// </list>
/// </summary>
internal sealed class ViewpointPhraseRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        if (!site.Entry.IsViewpoint || !r.IsLowerWord(site.First) || f.Quotes.IsQuoted(site.First))
        {
            return false;
        }

        int left = site.Previous;
        int after = site.End;
        Mention? holder = null;
        if (left >= site.SentenceFirst && r.IsWord(left) && Pronouns.IsThirdPersonPossessive(r.Text(left)))
        {
            holder = new Mention(r.SpanOf(left, left), left, left, MentionKind.Pronoun); // "in his view"
            left--;
        }
        else if (left > site.SentenceFirst && r.IsPossessive(left) && f.Clause.PhraseEndingAt(left - 1, site.SentenceFirst) is { } owner)
        {
            holder = owner; // "in the company's opinion"
            left = owner.FirstToken - 1;
        }
        else if (r.Is(left, "the") && r.Is(after, "of") && !f.Quotes.IsQuoted(after + 1)
            && f.Clause.PhraseAt(after + 1, site.SentenceLast + 1, allowObjectPronoun: false) is { } ofPhrase)
        {
            holder = ofPhrase; // "in the view of most analysts"
            left--;
            after = ofPhrase.LastToken + 1;
        }

        if (holder is not { } source || left < site.SentenceFirst || !r.Is(left, "in") || !f.Clause.IsClauseOpening(left, site.SentenceFirst))
        {
            return false; // not a phrase of viewpoint: the nominal-cue rule reads the noun
        }

        int sLast = site.SentenceLast;
        if (r.IsPunct(after, ',') && !f.Quotes.IsQuoted(after + 1) && f.Clause.IsClauseStart(after + 1, sLast, clausalVerb: true)
            && f.Content.Content(after + 1, forceMixedOnQuote: false) is { } forward)
        {
            f.Add(site, source, addressee: null, forward, FrameConfidence.ViewpointPhrase, carriedFrom: -1); // "In his view, CLAUSE"
        }
        else if (left > site.SentenceFirst && r.IsPunct(left - 1, ',') && (after >= sLast || r.IsPunct(after, ',') && after + 1 >= sLast)
            && f.Content.LeftContent(left - 1, site.SentenceFirst) is { } before)
        {
            f.Add(site, source, addressee: null, before, FrameConfidence.ViewpointPhrase, carriedFrom: -1); // "CLAUSE, in his view."
        }

        return true;
    }
}
