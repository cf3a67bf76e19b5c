using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A frame set off by commas inside the reported clause it frames: the words before the frame and the rest of
/// the clause after it are one content with two fragments.
/// <list type="bullet">
/// <item>Matches: <c>The deal, the minister said, would cost $3 billion.</c>; <c>Prices, she added, will rise again next spring.</c>; <c>That, I think, started it.</c>;
/// <c>Institutional buyers, said Mauer, are required to hold the shares.</c>; <c>If the talks fail, the union said, the strike will go on.</c></item>
/// <item>Refuses: <c>The talks will resume next week, a spokesman said, as officials met.</c> (an adjunct after the frame:
/// <see cref="PostposedClauseRule"/>); <c>“The plan,” he said, “is dead.”</c> (<see cref="InterruptedQuoteRule"/>);
/// <c>The crowd cheered, she shouted, and …</c> (a manner verb needs a quote).</item>
/// </list>
/// </summary>
internal sealed class MedialFrameRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.PostposedOf(site) is not { Medial: true } frame || site.Entry.Class == CueClass.Manner)
        {
            return false;
        }

        f.Add(site, frame.Speaker, f.WithSentenceAddressee(site.Sentence, frame.Addressee), frame.Content, FrameConfidence.MedialFrame, carriedFrom: -1);
        return true;
    }
}
