using System.Collections.Immutable;
using Attribution.Entities;
using Attribution.Frames;
using Attribution.Pipeline;
using Attribution.Time;

namespace Attribution.Pipeline;

/// <summary>Turns the drafts of one document into the immutable public records.</summary>
internal static class ResultBuilder
{
    /// <summary>The public records of one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="drafts">Its statements, in any order.</param>
    /// <param name="declines">Its declines.</param>
    /// <param name="entities">Its entities.</param>
    /// <param name="words">
    /// Where the short texts (cues, speaker, addressee and on-behalf-of mentions, times) come from: "said", "he" or a
    /// name recur in statement after statement and document after document, and are one string each (the entity
    /// workspace's pool, kept across documents).
    /// </param>
    public static AttributionResult Build(Document document, List<StatementDraft> drafts, List<StatementDraft> declines, EntityResolution entities, NamePool words)
    {
        string text = document.Text;
        var statements = ImmutableArray.CreateBuilder<Statement>(drafts.Count);
        foreach (var draft in InContentOrder(drafts))
        {
            var fragments = draft.Fragments is { Count: > 1 } pieces ? Excerpts(text, pieces) : ImmutableArray<TextExcerpt>.Empty;
            statements.Add(new Statement(draft.Kind, Excerpt(text, draft.Content), fragments, CueOf(text, draft, words), SpeakerOf(text, draft, entities, words),
                AddresseeOf(text, draft, entities, words), TimeOf(document, draft, words), draft.IsSpeech, Math.Round(draft.Confidence, 2))
            {
                Act = draft.Act,
                OnBehalfOf = OnBehalfOf(text, draft, entities, words),
            });
        }

        var declined = ImmutableArray.CreateBuilder<Decline>(declines.Count);
        foreach (var draft in declines)
        {
            declined.Add(new Decline(CueOf(text, draft, words)!, SpeakerOf(text, draft, entities, words), AddresseeOf(text, draft, entities, words), TimeOf(document, draft, words), Math.Round(draft.Confidence, 2))
            {
                OnBehalfOf = OnBehalfOf(text, draft, entities, words),
            });
        }

        return new AttributionResult(text, statements.ToImmutable(), entities.Entities) { Declines = declined.ToImmutable() };
    }

    /// <summary>
    /// The drafts by content start, then end, equal ones in their order: as they come when they are in that
    /// order already (the usual case, no sorting and no allocation), else through a stable sort.
    /// </summary>
    private static IEnumerable<StatementDraft> InContentOrder(List<StatementDraft> drafts)
    {
        for (int i = 1; i < drafts.Count; i++)
        {
            var before = drafts[i - 1].Content;
            var current = drafts[i].Content;
            if (current.Start < before.Start || (current.Start == before.Start && current.End < before.End))
            {
                return drafts.OrderBy(d => d.Content.Start).ThenBy(d => d.Content.End);
            }
        }

        return drafts;
    }

    private static Cue? CueOf(string text, StatementDraft draft, NamePool words) =>
        draft.Cue is { } span ? new Cue(span, Words(words, text, span), draft.CueLemma ?? span.Slice(text).ToLowerInvariant()) : null;

    /// <summary>The speaker mention: its span is the whole source phrase in act granularity, its entity that of the tight mention.</summary>
    private static SpeakerMention? SpeakerOf(string text, StatementDraft draft, EntityResolution entities, NamePool words)
    {
        if (draft.Speaker is not { } span)
        {
            return null;
        }

        var written = draft.SpeakerPhrase ?? span;
        return new SpeakerMention(written, Words(words, text, written), draft.SpeakerKind, entities.EntityOf(span));
    }

    private static AddresseeMention? AddresseeOf(string text, StatementDraft draft, EntityResolution entities, NamePool words) =>
        draft.Addressee is { } span ? new AddresseeMention(span, Words(words, text, span), entities.EntityOf(span)) : null;

    private static OnBehalfOfMention? OnBehalfOf(string text, StatementDraft draft, EntityResolution entities, NamePool words) =>
        draft.OnBehalfOf is { } span ? new OnBehalfOfMention(span, Words(words, text, span), entities.EntityOf(span)) : null;

    private static TimeReference? TimeOf(Document document, StatementDraft draft, NamePool words) =>
        draft.Time is { } span
            ? new TimeReference(span, Words(words, document.Text, span), TimeResolver.Resolve(document.Text.AsSpan(span.Start, span.Length), document.PublicationDate))
            : null;

    /// <summary>The text of <paramref name="span"/>, one string for every place it recurs (<c>said</c>, <c>he</c>, a name).</summary>
    private static string Words(NamePool words, string text, TextSpan span) => words.Get(text.AsSpan(span.Start, span.Length));

    private static ImmutableArray<TextExcerpt> Excerpts(string text, List<TextSpan> pieces)
    {
        var excerpts = ImmutableArray.CreateBuilder<TextExcerpt>(pieces.Count);
        foreach (var piece in pieces)
        {
            excerpts.Add(Excerpt(text, piece));
        }

        return excerpts.MoveToImmutable();
    }

    /// <summary>The excerpt of <paramref name="span"/>, its text cut from the document's only when read (most callers write JSON from the span).</summary>
    private static TextExcerpt Excerpt(string text, TextSpan span) => new(text, span);
}
