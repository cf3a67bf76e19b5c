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

    public TextSpan? Time { get; set; }

    /// <summary>Index of the sentence that holds the attribution frame (or the quote, when there is no frame).</summary>
    public int FrameSentence { get; set; }

    public bool IsSpeech { get; set; } = true;

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
