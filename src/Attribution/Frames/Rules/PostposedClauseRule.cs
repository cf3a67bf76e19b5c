using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A reported clause before a frame that closes the sentence: <c>CLAUSE, S said.</c> / <c>CLAUSE, said S.</c>
/// <list type="bullet">
/// <item>Matches: <c>The talks will resume next week, a spokesman said.</c>; <c>Prices will keep rising, said Jane Ito, an analyst at Nordbank.</c></item>
/// <item>Refuses: <c>In a statement, the governor said the plan …</c> (the frame goes on: <see cref="SubjectFrameRule"/> reads it forward);
/// <c>The crowd cheered, she shouted.</c> (a manner verb needs a quote).</item>
/// </list>
/// </summary>
internal sealed class PostposedClauseRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.PostposedOf(site) is not { } frame || frame.Content.Kind != StatementKind.Indirect || frame.Tail != PostposedFrame.TailAccepted
            || site.Entry.Class == CueClass.Manner)
        {
            return false;
        }

        f.Add(site, frame.Speaker, f.WithSentenceAddressee(site.Sentence, frame.Addressee), frame.Content, FrameConfidence.PostposedClause, carriedFrom: -1);
        return true;
    }
}
