using System.Collections.Immutable;
using Attribution.Entities;
using Attribution.Frames;
using Attribution.Pipeline;
using Attribution.Time;

namespace Attribution.Pipeline;

/// <summary>Turns the drafts of one document into the immutable public records.</summary>
internal static class ResultBuilder
{
    public static AttributionResult Build(Document document, List<StatementDraft> drafts, EntityResolution entities)
    {
        string text = document.Text;
        var statements = ImmutableArray.CreateBuilder<Statement>(drafts.Count);
        foreach (var draft in drafts.OrderBy(d => d.Content.Start).ThenBy(d => d.Content.End))
        {
            var fragments = draft.Fragments is { Count: > 1 } pieces
                ? pieces.Select(p => Excerpt(text, p)).ToImmutableArray()
                : ImmutableArray<TextExcerpt>.Empty;
            var cue = draft.Cue is { } cueSpan ? new Cue(cueSpan, cueSpan.Slice(text), draft.CueLemma ?? cueSpan.Slice(text).ToLowerInvariant()) : null;
            var speaker = draft.Speaker is { } speakerSpan
                ? new SpeakerMention(speakerSpan, speakerSpan.Slice(text), draft.SpeakerKind, entities.EntityOf(speakerSpan))
                : null;
            var addressee = draft.Addressee is { } addresseeSpan
                ? new AddresseeMention(addresseeSpan, addresseeSpan.Slice(text), entities.EntityOf(addresseeSpan))
                : null;
            var time = draft.Time is { } timeSpan
                ? new TimeReference(timeSpan, timeSpan.Slice(text), TimeResolver.Resolve(text.AsSpan(timeSpan.Start, timeSpan.Length), document.PublicationDate))
                : null;
            statements.Add(new Statement(draft.Kind, Excerpt(text, draft.Content), fragments, cue, speaker, addressee, time, draft.IsSpeech, Math.Round(draft.Confidence, 2)));
        }

        return new AttributionResult(text, statements.ToImmutable(), entities.Entities);
    }

    private static TextExcerpt Excerpt(string text, TextSpan span) => new(span, span.Slice(text));
}
