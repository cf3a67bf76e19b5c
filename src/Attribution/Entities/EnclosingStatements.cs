using Attribution.Frames;

namespace Attribution.Entities;

/// <summary>
/// Finds the statement whose content holds a position (the quote an <c>I</c> stands in), by binary
/// search over the contents sorted by start, looking back over a bounded number of them.
/// </summary>
internal sealed class EnclosingStatements
{
    /// <summary>Contents nest rarely and shallowly; this many earlier ones are checked at most.</summary>
    private const int LookBack = 8;

    private readonly (TextSpan Content, TextSpan? Speaker)[] _statements;

    public EnclosingStatements(IReadOnlyList<StatementDraft> drafts)
    {
        _statements = new (TextSpan, TextSpan?)[drafts.Count];
        for (int i = 0; i < drafts.Count; i++)
        {
            _statements[i] = (drafts[i].Content, drafts[i].Speaker);
        }

        Array.Sort(_statements, (a, b) => a.Content.CompareTo(b.Content));
    }

    /// <summary>The speaker span of the innermost statement whose content holds <paramref name="mention"/> and whose speaker is another mention.</summary>
    public TextSpan? SpeakerAround(TextSpan mention)
    {
        int lo = 0;
        int hi = _statements.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_statements[mid].Content.Start <= mention.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo - 1; i >= 0 && i >= lo - LookBack; i--)
        {
            var (content, speaker) = _statements[i];
            if (content.Contains(mention) && speaker is { } span && !span.OverlapsWith(mention))
            {
                return span;
            }
        }

        return null;
    }
}
