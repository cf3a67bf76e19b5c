using System.Collections.Immutable;

namespace Attribution.Evaluation.Gold;

/// <summary>
/// One annotated statement. <see cref="Content"/> covers the content from its first to its last character;
/// <see cref="Fragments"/> lists the contiguous pieces when the content is interrupted (empty otherwise).
/// </summary>
public sealed record GoldStatement(
    StatementKind Kind,
    TextSpan Content,
    ImmutableArray<TextSpan> Fragments,
    TextSpan? Cue,
    TextSpan? Speaker,
    string? SpeakerResolved,
    TextSpan? Addressee,
    string? AddresseeResolved,
    TextSpan? Time,
    string? TimeValue,
    bool IsSpeech,
    bool IsRequired)
{
    /// <summary>The pieces the content is made of: the fragments, or the content span alone.</summary>
    public ImmutableArray<TextSpan> ContentPieces => Fragments.IsDefaultOrEmpty ? [Content] : Fragments;
}
