using Attribution.Frames;
using Attribution.Pipeline;

namespace Attribution.Entities;

/// <summary>A speaker, addressee or on-behalf-of span of the drafts that needs an entity, with what the draft says about it.</summary>
internal sealed record MentionRequest(TextSpan Span, int FirstToken, int EndToken, int Sentence, bool IsSpeaker, MentionKind? Kind)
{
    /// <summary>The distinct speaker, addressee and on-behalf-of spans of the drafts, in document order.</summary>
    public static List<MentionRequest> Collect(Document document, DocumentPositions positions, IReadOnlyList<StatementDraft> drafts)
    {
        var seen = new HashSet<TextSpan>();
        var requests = new List<MentionRequest>();
        int length = document.Text.Length;
        foreach (var draft in drafts)
        {
            Add(draft.Speaker, isSpeaker: true, draft.SpeakerKind);
            Add(draft.Addressee, isSpeaker: false, null);
            Add(draft.CalledParty, isSpeaker: false, null); // the addressee in act granularity
            Add(draft.OnBehalfOf, isSpeaker: false, MentionKind.Organization);
        }

        requests.Sort((a, b) => a.Span.CompareTo(b.Span));
        return requests;

        void Add(TextSpan? span, bool isSpeaker, MentionKind? kind)
        {
            if (span is not { } value || value.IsEmpty || value.End > length || !seen.Add(value))
            {
                return;
            }

            var (first, end) = positions.TokensIn(value);
            if (end > first)
            {
                requests.Add(new MentionRequest(value, first, end, positions.SentenceOf(first), isSpeaker, kind));
            }
        }
    }
}
