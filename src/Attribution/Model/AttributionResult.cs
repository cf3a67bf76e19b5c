using System.Collections.Immutable;

namespace Attribution;

/// <summary>Everything the extractor found in one document.</summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
/// <param name="Text">The document text the spans index.</param>
/// <param name="Statements">The statements, in document order of their content.</param>
/// <param name="Entities">The speakers (of statements and declines), addressees and organisations spoken for, each with its id equal to its index.</param>
public sealed record AttributionResult(string Text, ImmutableArray<Statement> Statements, ImmutableArray<Entity> Entities)
{
    /// <summary>The sources that declined to comment (<c>X declined to comment</c>), in document order; not statements.</summary>
    public ImmutableArray<Decline> Declines { get; init; } = ImmutableArray<Decline>.Empty;
}
