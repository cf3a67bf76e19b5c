using System.Collections.Immutable;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution;

/// <summary>
/// Extracts statements (who said what, to whom and when) from English news text.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateDefault"/> or <see cref="AttributionPipelineBuilder"/> and reuse it:
/// it is immutable and safe to share across threads. Every span in its results is a half-open UTF-16
/// offset range into the string passed in.
/// </remarks>
public sealed partial class AttributionExtractor
{
    private readonly ExtractionPipeline _pipeline;

    internal AttributionExtractor(AttributionOptions options, ExtractionPipeline pipeline)
    {
        Options = options;
        _pipeline = pipeline;
    }

    /// <summary>The limits and settings this extractor was built with.</summary>
    public AttributionOptions Options { get; }

    /// <summary>An extractor with the embedded lexicons and default options.</summary>
    public static AttributionExtractor CreateDefault() => new AttributionPipelineBuilder().Build();

    /// <summary>Finds the statements of <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="publicationDate">The publication date, against which relative times (<c>on Thursday</c>) resolve; null leaves them unresolved.</param>
    /// <returns>The statements and entities; empty for empty or white-space text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    public AttributionResult Extract(string text, DateOnly? publicationDate = null)
    {
        CheckInput(text);
        return _pipeline.Run(text, publicationDate);
    }

    /// <summary>Splits <paramref name="text"/> into tokens, white space included, that rebuild it exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    public ImmutableArray<Token> Tokenize(string text)
    {
        CheckInput(text);
        return ImmutableArray.Create(Tokenizer.Tokenize(text, includeWhitespace: true));
    }

    /// <summary>Splits <paramref name="text"/> into sentences and paragraphs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    public TextSegmentation Segment(string text)
    {
        CheckInput(text);
        using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
        return new TextSegmentation(
            ReaderSentences.Join(text, document.Tokens, document.Sentences),
            document.Paragraphs.Select(p => p.Span).ToImmutableArray());
    }

    private void CheckInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxDocumentLength)
        {
            throw new ArgumentException(
                $"The document has {text.Length} UTF-16 code units, more than the limit of {Options.MaxDocumentLength} (AttributionOptions.MaxDocumentLength).",
                nameof(text));
        }
    }
}
