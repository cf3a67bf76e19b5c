using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A participle right after a noun or a name, as in social posts and messages: the noun phrase is the writer.
/// <list type="bullet">
/// <item>Matches: <c>… with one poster writing “this is a disgrace”.</c>; <c>She got a message stating that the flight was cancelled.</c>;
/// <c>… with Musk tweeting that the deal was off.</c>; <c>a banner reading “Justice for Marcus”</c>, <c>Farmers held signs saying “…”</c> (a
/// thing bearing a text, inscription-nouns.txt, is its source: the phrase is kept to its determiner and one modifier).</item>
/// <item>Refuses: <c>… without saying why</c> (no noun before the participle); <c>the teachers demanding more pay</c> (no clause or quote after).</item>
/// </list>
/// Settles every participle that follows neither a comma nor a conjunction (<see cref="ParticipialRule"/> reads those).
/// </summary>
internal sealed class WriterParticipleRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        int sFirst = site.SentenceFirst;
        if (site.Entry.Form != VerbForm.Gerund || ParticipialRule.FollowsCommaOrConjunction(f, site))
        {
            return false;
        }

        if (prev >= sFirst && r.IsWord(prev) && (MentionFinder.IsTimeWord(r, prev) && !r.IsCapitalized(prev) || IsRecipient(f, prev, site.LeftLimit))
            && f.Clause.ClauseSubject(sFirst, site.First) is { } subject)
        {
            // "Warren wrote to Powell last week urging him to …", "sent a letter to Powell urging …": after a time or
            // the recipient the participle goes on with the main clause, whose subject writes.
            f.Forward(site, subject, carriedFrom: -1, addressee: null, FrameConfidence.Participial);
            return true;
        }

        if (prev >= sFirst && InscriptionPhrase.EndingAt(r, prev, site.LeftLimit) is { } inscription)
        {
            // "a banner reading “…”", "Supporters held signs saying “…”": the thing bearing the text is its source
            f.Forward(site, inscription, carriedFrom: -1, addressee: null, FrameConfidence.WriterParticiple);
        }
        else if (r.IsWord(prev) && prev >= sFirst && (r.IsNoun(prev) || r.IsCapitalized(prev)) && f.Clause.PhraseEndingAt(prev, site.LeftLimit) is { } writer)
        {
            // "with one poster writing …", "a message stating …"
            f.Forward(site, writer, carriedFrom: -1, addressee: null, FrameConfidence.WriterParticiple);
        }

        return true;
    }

    /// <summary>The phrase ending at <paramref name="last"/> follows <c>to</c>: it is whom the main clause addresses, never the writer.</summary>
    private static bool IsRecipient(FrameContext f, int last, int limit) =>
        f.Clause.PhraseEndingAt(last, limit) is { } phrase && phrase.FirstToken - 1 >= limit && f.Reader.Is(phrase.FirstToken - 1, "to") && f.Reader.IsLowerWord(phrase.FirstToken - 1);
}
