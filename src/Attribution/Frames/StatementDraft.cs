namespace Attribution.Frames;

/// <summary>
/// A statement as the frame stage finds it, before entities and times are resolved. Mutable while the
/// pipeline runs over one document; never leaves it.
/// </summary>
internal sealed class StatementDraft
{
    public StatementKind Kind { get; set; }

    /// <summary>The content; for interrupted content, from the first fragment's start to the last fragment's end.</summary>
    public TextSpan Content { get; set; }

    /// <summary>The pieces of an interrupted content, or null when it is one piece.</summary>
    public List<TextSpan>? Fragments { get; set; }

    public TextSpan? Cue { get; set; }

    public string? CueLemma { get; set; }

    public TextSpan? Speaker { get; set; }

    public MentionKind SpeakerKind { get; set; }

    /// <summary>Index of the draft whose speaker this one carries over (continuation quotes, <c>adding that</c>), else null.</summary>
    public int? CarriedFrom { get; set; }

    public TextSpan? Addressee { get; set; }

    /// <summary>
    /// The party a directive cue calls on when quote granularity keeps it at the head of the content
    /// (<c>called on | Israel to halt the strikes</c>, the seed article's convention); act granularity makes it
    /// the addressee and starts the content at <c>to</c> (<see cref="ParcSpans"/>). Null otherwise.
    /// </summary>
    public TextSpan? CalledParty { get; set; }

    /// <summary>The organisation the speaker speaks for (<c>a spokesman for the ministry</c>), or null.</summary>
    public TextSpan? OnBehalfOf { get; set; }

    /// <summary>
    /// In act granularity, the whole noun phrase that names the source (<c>Rep. Jane Doe, a Democrat from Ohio</c>),
    /// written as the speaker span; the entity still comes from <see cref="Speaker"/>. Null: the speaker span as is.
    /// </summary>
    public TextSpan? SpeakerPhrase { get; set; }

    /// <summary>The attribution act, numbered from 0 in document order; statements of one act share it.</summary>
    public int Act { get; set; }

    public TextSpan? Time { get; set; }

    /// <summary>Index of the sentence that holds the attribution frame (or the quote, when there is no frame).</summary>
    public int FrameSentence { get; set; }

    public bool IsSpeech { get; set; } = true;

    /// <summary>Whether the frame itself stands inside a quotation (a first-person belief nested in a quote: <see cref="NestedBeliefFinder"/>).</summary>
    public bool InsideQuote { get; set; }

    public double Confidence { get; set; }

    /// <summary>The frame rule that made the statement (a class name under <c>Frames/Rules</c>); for tests and per-rule measurement, never in the output.</summary>
    public string? Rule { get; set; }

    /// <summary>The complement rule that read a forward frame's content, or null.</summary>
    public string? ComplementRule { get; set; }

    /// <summary>Whether <paramref name="span"/> overlaps the content (its fragments, when it has them).</summary>
    public bool ContentOverlaps(TextSpan span)
    {
        if (Fragments is { Count: > 1 } pieces)
        {
            foreach (var piece in pieces)
            {
                if (piece.OverlapsWith(span))
                {
                    return true;
                }
            }

            return false;
        }

        return Content.OverlapsWith(span);
    }
}
