using System.Collections.Immutable;

namespace Attribution.Text;

/// <summary>The sentences and paragraphs of a text, each a half-open span into the original string.</summary>
/// <remarks>
/// Spans are in document order, do not overlap and carry no leading or trailing white space.
/// Immutable and therefore thread-safe.
/// </remarks>
/// <param name="Sentences">The sentences, in order.</param>
/// <param name="Paragraphs">The paragraphs, in order; each holds whole sentences.</param>
public sealed record TextSegmentation(ImmutableArray<TextSpan> Sentences, ImmutableArray<TextSpan> Paragraphs);
