using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Attribution;

/// <summary>One statement of a document: what was said, by whom, to whom and when.</summary>
/// <remarks>
/// Immutable and therefore thread-safe. All spans index the caller's original string. Equality compares every
/// member, <see cref="Fragments"/> item by item.
/// </remarks>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Content">What was said; for a direct quote, with its quote marks.</param>
/// <param name="Fragments">The pieces of an interrupted content (<c>“Q1,” S said, “Q2”</c>), in order; empty when the content is one piece.</param>
/// <param name="Cue">The cue, or null for a quote whose speaker is carried over or a verbless frame.</param>
/// <param name="Speaker">The speaker mention, or null when none can be found.</param>
/// <param name="Addressee">To whom it was said, or null.</param>
/// <param name="Time">When it was said, or null.</param>
/// <param name="IsSpeech">True for speech (say, tell, claim); false for a reported belief (think, believe, fear, hope).</param>
/// <param name="Confidence">How sure the rule that found the statement is, from 0 to 1.</param>
public sealed record Statement(
    StatementKind Kind,
    TextExcerpt Content,
    ImmutableArray<TextExcerpt> Fragments,
    Cue? Cue,
    SpeakerMention? Speaker,
    AddresseeMention? Addressee,
    TimeReference? Time,
    bool IsSpeech,
    double Confidence)
{
    /// <summary>
    /// The attribution act the statement belongs to, numbered from 0 in document order: statements of one act
    /// share it (in <see cref="AttributionGranularity.Quote"/> mode, <c>“Q1,” he said. “Q2.”</c> are two statements
    /// of one act; in <see cref="AttributionGranularity.Act"/> mode every statement is its own act).
    /// </summary>
    public int Act { get; init; }

    /// <summary>The organisation the speaker speaks for (<c>a spokesman for the ministry</c>), or null.</summary>
    public OnBehalfOfMention? OnBehalfOf { get; init; }

    /// <summary>Whether <paramref name="other"/> has the same members, <see cref="Fragments"/> compared item by item.</summary>
    /// <param name="other">The statement to compare with.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(Statement? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind
            && Equals(Content, other.Content)
            && ValueArrays.Equal(Fragments, other.Fragments)
            && Equals(Cue, other.Cue)
            && Equals(Speaker, other.Speaker)
            && Equals(Addressee, other.Addressee)
            && Equals(Time, other.Time)
            && IsSpeech == other.IsSpeech
            && Confidence.Equals(other.Confidence)
            && Act == other.Act
            && Equals(OnBehalfOf, other.OnBehalfOf));

    /// <summary>A hash over every member, consistent with <see cref="Equals(Statement?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Kind);
        hash.Add(Content);
        ValueArrays.AddTo(ref hash, Fragments);
        hash.Add(Cue);
        hash.Add(Speaker);
        hash.Add(Addressee);
        hash.Add(Time);
        hash.Add(IsSpeech);
        hash.Add(Confidence);
        hash.Add(Act);
        hash.Add(OnBehalfOf);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind)
            .Append(", Content = ").Append(Content)
            .Append(", Fragments = ");
        ValueArrays.Append(builder, Fragments)
            .Append(", Cue = ").Append(Cue)
            .Append(", Speaker = ").Append(Speaker)
            .Append(", Addressee = ").Append(Addressee)
            .Append(", Time = ").Append(Time)
            .Append(", IsSpeech = ").Append(IsSpeech)
            .Append(", Confidence = ").Append(Confidence.ToString(CultureInfo.InvariantCulture))
            .Append(", Act = ").Append(Act)
            .Append(", OnBehalfOf = ").Append(OnBehalfOf);
        return true;
    }
}
