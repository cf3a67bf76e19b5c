namespace Attribution;

/// <summary>One document of a batch given to <see cref="AttributionExtractor.ExtractMany(IEnumerable{AttributionDocument}, BatchOptions?, CancellationToken)"/>.</summary>
/// <remarks>Immutable. The extractor does not read <see cref="Id"/>: it is the caller's key, handed back with the result.</remarks>
public sealed record AttributionDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The caller's name for the document (a file name, a database key).</param>
    /// <param name="text">The document text.</param>
    /// <param name="publicationDate">The publication date against which relative times resolve; null leaves them unresolved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public AttributionDocument(string id, string text, DateOnly? publicationDate = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        PublicationDate = publicationDate;
    }

    /// <summary>The caller's name for the document.</summary>
    public string Id { get; }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The publication date, or null when unknown.</summary>
    public DateOnly? PublicationDate { get; }
}
