using Attribution.Frames;
using Attribution.Pipeline;

namespace Attribution.Entities;

/// <summary>A speaker, addressee or on-behalf-of span of the drafts that needs an entity, with what the draft says about it (a value: the workspace list holds them without an object each).
/// <c>InterruptedFrom</c>: for a speaker inside its own statement's content (a medial frame: <c>The former prime
/// minister, he argued, saw …</c>), where that content starts, else -1; what comes between there and the speaker is the
/// interrupted clause, whose subject the pronoun is not. An offset, not the span, keeps the request small: a 10 MB
/// document makes hundreds of thousands of them.</summary>
internal readonly record struct MentionRequest(TextSpan Span, int FirstToken, int EndToken, int Sentence, bool IsSpeaker, MentionKind? Kind, int InterruptedFrom = -1)
{
    /// <summary>The distinct speaker, addressee and on-behalf-of spans of the drafts, in document order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="positions">Its position look-ups.</param>
    /// <param name="drafts">The statements and declines.</param>
    /// <param name="requests">Receives the requests (cleared first; the entity workspace's list).</param>
    /// <param name="seen">Scratch set of the spans taken (cleared first).</param>
    public static List<MentionRequest> Collect(Document document, DocumentPositions positions, IReadOnlyList<StatementDraft> drafts, List<MentionRequest> requests, HashSet<TextSpan> seen)
    {
        requests.Clear();
        seen.Clear();
        int length = document.Text.Length;
        int most = MostRequests(drafts);
        requests.EnsureCapacity(most); // sized once from the drafts: a fresh workspace (a document too large to keep one) does not regrow them
        seen.EnsureCapacity(most);
        for (int i = 0; i < drafts.Count; i++) // an index loop: foreach over the interface would box its enumerator per document
        {
            var draft = drafts[i];
            int interrupted = draft.Speaker is { } speaker && draft.Content.Contains(speaker) ? draft.Content.Start : -1;
            Add(draft.Speaker, isSpeaker: true, draft.SpeakerKind, interrupted);
            Add(draft.Addressee, isSpeaker: false, null);
            Add(draft.CalledParty, isSpeaker: false, null); // the addressee in act granularity
            Add(draft.OnBehalfOf, isSpeaker: false, MentionKind.Organization);
        }

        requests.Sort((a, b) => a.Span.CompareTo(b.Span));
        return requests;

        static int MostRequests(IReadOnlyList<StatementDraft> drafts)
        {
            int most = 0;
            for (int i = 0; i < drafts.Count; i++)
            {
                var draft = drafts[i];
                most += (draft.Speaker is null ? 0 : 1) + (draft.Addressee is null ? 0 : 1) + (draft.CalledParty is null ? 0 : 1) + (draft.OnBehalfOf is null ? 0 : 1);
            }

            return most;
        }

        void Add(TextSpan? span, bool isSpeaker, MentionKind? kind, int interrupted = -1)
        {
            if (span is not { } value || value.IsEmpty || value.End > length || !seen.Add(value))
            {
                return;
            }

            var (first, end) = positions.TokensIn(value);
            if (end > first)
            {
                requests.Add(new MentionRequest(value, first, end, positions.SentenceOf(first), isSpeaker, kind, interrupted));
            }
        }
    }
}
