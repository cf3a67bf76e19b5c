using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a commissive or directive cue (lexicon flag <c>+infinitive</c>) that is a to-infinitive: a
/// commitment (<c>vowed to</c>, <c>promised to</c>, <c>pledged to</c>, <c>threatened to</c>) or a request made of the
/// addressee the forward frame read (<c>urged lawmakers to</c>, <c>asked residents to</c>, <c>told reporters to</c>).
/// The content starts at <c>to</c>, as PARC 3.0 bounds the content of a control verb; both are speech acts.
/// <list type="bullet">
/// <item>Matches: <c>The governor vowed to veto the bill.</c>; <c>Sen. Maria Lopez urged lawmakers to reject the measure.</c>
/// (addressee: lawmakers); <c>She asked the neighbours not to call the police.</c> (content: not to call the police); <c>Union leaders threatened on Monday to strike if the talks collapse.</c></item>
/// <item>Refuses (no statement): <c>The storm threatened to flood the valley.</c> and <c>It promises to be a long night.</c>
/// (a thing cannot commit or ask, though a document can carry a request: <c>a statement urging Congress to act</c>); <c>a computer that will remember everything you asked him to remember</c> (a relative clause).</item>
/// <item>Not its cues: <c>agreed to meet</c>, <c>wants to</c>, <c>tried to</c>, <c>decided to</c> (no speech act; not
/// <c>+infinitive</c>); <c>was asked to resign</c> (passive: <see cref="PassiveCueGuard"/>); <c>promised to voters</c>
/// (a prepositional phrase, not an infinitive).</item>
/// </list>
/// </summary>
internal sealed class InfinitiveContentRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        if (!site.Entry.TakesInfinitive || !f.Clause.IsInfinitiveAt(next, site.SentenceLast))
        {
            return false;
        }

        if (f.ForwardSpeaker is not { } speaker || !(f.Clause.CanCommit(speaker) || IsDocumentRequest(f, site, speaker))
            || f.Clause.InReducedRelative(speaker, site.SentenceFirst))
        {
            return true; // "the storm threatened to flood …": no one commits; "everything you asked him to remember": an object gap, not a request
        }

        int start = next - 1 >= site.End && (f.Reader.Is(next - 1, "not") || f.Reader.Is(next - 1, "never")) ? next - 1 : next;
        content = f.Content.Content(start, forceMixedOnQuote: true); // "asked the governments not to turn away boats": the negation is the request's
        confidence -= FrameConfidence.InfinitiveContentPenalty;
        return true;
    }

    /// <summary>
    /// A request made in a document to an addressee the frame read (<c>The groups issued a statement urging Congress to
    /// act</c>, <c>The report urged lawmakers to …</c>): the document speaks for its authors, as it does with a that-clause.
    /// </summary>
    private static bool IsDocumentRequest(FrameContext f, in CueSite site, Mention speaker) =>
        site.Entry.TakesAddressee && (f.Reader.TagsOf(speaker.LastToken) & WordTags.SourceNoun) != 0;
}
