using Attribution.Entities;
using Attribution.Frames;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Time;

/// <summary>Attaches time phrases to statements and resolves them to ISO 8601 values. Stateless and thread-safe.</summary>
internal static class TimeResolver
{
    /// <summary>
    /// Fills <see cref="StatementDraft.Time"/> with the time phrase of the statement's frame (outside quotes
    /// and contents), or, when the frame has none, with the time of the sentence before when that sentence
    /// tells of the same speaker (<c>Guterres complained in January … Guterres told the broadcaster …</c>).
    /// </summary>
    public static void AttachTimes(Document document, List<StatementDraft> drafts) => AttachTimes(document, drafts, new FramePhraseFinder());

    /// <inheritdoc cref="AttachTimes(Document, List{StatementDraft})"/>
    /// <param name="document">The document.</param>
    /// <param name="drafts">The statements and declines, whose times are filled in.</param>
    /// <param name="finder">A finder this call alone uses, reset here (the pipeline reuses one per concurrent call).</param>
    public static void AttachTimes(Document document, List<StatementDraft> drafts, FramePhraseFinder finder)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(finder);
        if (drafts.Count == 0 || document.Tokens.Length == 0)
        {
            return;
        }

        finder.Reset(document.Positions, drafts);
        foreach (var draft in drafts)
        {
            if (draft.Time is { } given)
            {
                // A span the frame stage chose may include its preposition ("on Thursday"): keep the phrase.
                draft.Time = finder.PhraseWithin(given) ?? given;
                continue;
            }

            if (draft.FrameSentence < 0 || draft.FrameSentence >= document.Sentences.Length)
            {
                continue;
            }

            // A bare continuation quote has no frame of its own to carry a time.
            if (draft.CarriedFrom is not null && draft.Cue is null)
            {
                continue;
            }

            draft.Time = finder.OwnTime(draft) ?? finder.CarriedTime(draft);
        }

        finder.Forget();
    }

    /// <summary>The ISO 8601 value of a time phrase, or null when it cannot be resolved.</summary>
    public static string? Resolve(ReadOnlySpan<char> phrase, DateOnly? publicationDate)
    {
        var words = new PhraseWords(phrase);
        int start = 0;
        while (start < words.Count && FramePhraseFinder.IsTimePreposition(words[start]))
        {
            start++;
        }

        return start < words.Count && TimePhraseMatcher.TryMatch(words, start, standalone: true, out var expression)
            ? TimeValueCalculator.Value(expression, publicationDate)
            : null;
    }
}
