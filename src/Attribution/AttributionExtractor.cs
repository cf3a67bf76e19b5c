using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution;

/// <summary>
/// Extracts statements (who said what, to whom and when) from English news text.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateDefault"/> or <see cref="AttributionPipelineBuilder"/> and reuse it:
/// it is immutable and safe to share across threads. Every span in its results is a half-open UTF-16
/// offset range into the text passed in (the string, the memory, or the whole text the reader gave).
/// </remarks>
// RS0026: see IAttributionExtractor; the Extract overloads differ in the type of their first parameter.
#pragma warning disable RS0026
public sealed partial class AttributionExtractor : IAttributionExtractor
{
    /// <summary>
    /// How many code units a <see cref="TextReader"/> is asked for at a time: large enough that the calls cost
    /// nothing next to the extraction, small enough that an over-long stream is refused soon after the limit.
    /// </summary>
    private const int ReadChunkLength = 64 * 1024;

    private readonly ExtractionPipeline _pipeline;

    /// <summary>A copy of <see cref="AttributionOptions.MaxDocumentLength"/> taken at construction, so the limit cannot change under a running extractor.</summary>
    private readonly int _maxDocumentLength;

    internal AttributionExtractor(AttributionOptions options, ExtractionPipeline pipeline)
    {
        Options = options;
        _maxDocumentLength = options.MaxDocumentLength;
        _pipeline = pipeline;
    }

    /// <summary>The limits and settings this extractor was built with.</summary>
    public AttributionOptions Options { get; }

    /// <summary>
    /// An extractor like this one (the same lexicons and limits) that cuts statements at <paramref name="granularity"/>;
    /// this extractor itself when it already does. Cheap: the lexicons are shared, not rebuilt.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not a defined value.</exception>
    public AttributionExtractor WithGranularity(AttributionGranularity granularity)
    {
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "The granularity is neither Quote nor Act.");
        }

        return granularity == Options.Granularity ? this : new AttributionExtractor(Options with { Granularity = granularity }, _pipeline);
    }

    /// <summary>An extractor with the embedded lexicons and default options.</summary>
    public static AttributionExtractor CreateDefault() => new AttributionPipelineBuilder().Build();

    /// <summary>Finds the statements of <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="publicationDate">The publication date, against which relative times (<c>on Thursday</c>) resolve; null leaves them unresolved.</param>
    /// <param name="cancellationToken">Stops the extraction; it is checked between the stages of the pipeline, so a cancelled call returns within one stage's work.</param>
    /// <returns>The statements and entities; empty for empty or white-space text. Spans index <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AttributionResult Extract(string text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default)
    {
        CheckInput(text);
        return _pipeline.Run(text, publicationDate, Options.Granularity, cancellationToken);
    }

    /// <summary>Finds the statements of the text in <paramref name="text"/>, a slice of a larger buffer or string if need be.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="publicationDate">The publication date, against which relative times (<c>on Thursday</c>) resolve; null leaves them unresolved.</param>
    /// <param name="cancellationToken">Stops the extraction; checked between the stages of the pipeline.</param>
    /// <returns>
    /// The statements and entities. Spans index <paramref name="text"/> itself (offset 0 is its first code unit,
    /// whatever buffer it is a slice of), and <see cref="AttributionResult.Text"/> holds its contents.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Memory that is a whole string is used as it is; any other memory is copied once into the result's string.</remarks>
    public AttributionResult Extract(ReadOnlyMemory<char> text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default)
    {
        CheckLength(text.Length, nameof(text));
        string whole = MemoryMarshal.TryGetString(text, out string? backing, out int start, out int length)
            && start == 0 && length == backing.Length
                ? backing
                : text.ToString();
        return Extract(whole, publicationDate, cancellationToken);
    }

    /// <summary>Reads <paramref name="reader"/> to its end and finds the statements of what it read.</summary>
    /// <param name="reader">The document text; read from its current position to its end, and not disposed.</param>
    /// <param name="publicationDate">The publication date, against which relative times (<c>on Thursday</c>) resolve; null leaves them unresolved.</param>
    /// <param name="cancellationToken">Stops the reading (between chunks) or the extraction (between stages).</param>
    /// <returns>
    /// The statements and entities. Spans index the text read (offset 0 is the first code unit the reader gave),
    /// which <see cref="AttributionResult.Text"/> holds.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The reader gives more than <see cref="AttributionOptions.MaxDocumentLength"/> code units; reading stops soon
    /// after the limit, so an endless or huge stream is never held in memory whole.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AttributionResult Extract(TextReader reader, DateOnly? publicationDate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Extract(ReadToLimit(reader, cancellationToken), publicationDate, cancellationToken);
    }

    /// <summary>Splits <paramref name="text"/> into tokens, white space included, that rebuild it exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    public ImmutableArray<Token> Tokenize(string text)
    {
        CheckInput(text);
        var tokens = Tokenizer.TokenizePooled(text, includeWhitespace: true);
        try
        {
            return ImmutableArray.Create(tokens.AsSpan());
        }
        finally
        {
            tokens.Dispose();
        }
    }

    /// <summary>Splits <paramref name="text"/> into sentences and paragraphs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxDocumentLength"/>.</exception>
    public TextSegmentation Segment(string text)
    {
        CheckInput(text);
        using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>(document.Paragraphs.Length);
        foreach (var paragraph in document.Paragraphs)
        {
            paragraphs.Add(paragraph.Span);
        }

        return new TextSegmentation(ReaderSentences.Join(text, document.Tokens, document.Sentences), paragraphs.MoveToImmutable());
    }

    private void CheckInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text.Length, nameof(text));
    }

    private void CheckLength(int length, string parameterName)
    {
        if (length > _maxDocumentLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The document has {length} UTF-16 code units, more than the limit of {_maxDocumentLength} (AttributionOptions.MaxDocumentLength)."),
                parameterName);
        }
    }

    private string ReadToLimit(TextReader reader, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        char[] buffer = ArrayPool<char>.Shared.Rent(ReadChunkLength);
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (text.Length + read > _maxDocumentLength)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The reader gave more than {_maxDocumentLength} UTF-16 code units, the limit (AttributionOptions.MaxDocumentLength)."),
                        nameof(reader));
                }

                text.Append(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return text.ToString();
    }
}
#pragma warning restore RS0026
