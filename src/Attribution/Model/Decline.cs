namespace Attribution;

/// <summary>
/// A source that declined to speak: <c>A company spokesman declined to comment</c>, <c>Smith could not be reached
/// for comment</c>, <c>the ministry did not respond to a request for comment</c>. Not a statement: it has no content.
/// </summary>
/// <remarks>Immutable and therefore thread-safe. All spans index the caller's original string.</remarks>
/// <param name="Cue">The decline phrase (<c>declined to comment</c>, <c>did not respond to a request for comment</c>), with the lemma of its verb.</param>
/// <param name="Speaker">Who declined, or null when none can be found; resolved to an entity like a statement's speaker.</param>
/// <param name="Addressee">Whom the request came from (<c>declined to comment to Reuters</c>), or null.</param>
/// <param name="Time">When, or null.</param>
/// <param name="Confidence">How sure the rule is, from 0 to 1.</param>
public sealed record Decline(Cue Cue, SpeakerMention? Speaker, AddresseeMention? Addressee, TimeReference? Time, double Confidence)
{
    /// <summary>The organisation the speaker speaks for (<c>a spokesman for the ministry</c>), or null.</summary>
    public OnBehalfOfMention? OnBehalfOf { get; init; }
}
