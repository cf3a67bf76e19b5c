using Attribution.Entities;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Quotes;
using Attribution.Time;

namespace Attribution.Pipeline;

/// <summary>
/// The stages of an extraction, in order (docs/architecture.md describes each). Built by
/// <see cref="AttributionPipelineBuilder"/> with the extractor's lexicons and frame rules; immutable and
/// thread-safe, every call works on its own document.
/// </summary>
internal sealed class ExtractionPipeline
{
    private readonly LexiconSet _lexicons;
    private readonly FrameRules _frameRules;

    public ExtractionPipeline(LexiconSet lexicons, FrameRules frameRules)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(frameRules);
        _lexicons = lexicons;
        _frameRules = frameRules;
    }

    public AttributionResult Run(string text, DateOnly? publicationDate)
    {
        using var document = DocumentAnalyzer.Analyze(text, publicationDate);                 // 1. tokens, sentences, paragraphs
        document.SetQuotes(QuoteScanner.Scan(document));                                        // 2. quotations
        var drafts = StatementFinder.Find(document, document.Quotes, _lexicons, _frameRules);  // 3. statements: cue, complement and quote rules
        TimeResolver.AttachTimes(document, drafts);                                             // 4. the time of each statement
        var entities = EntityResolver.Resolve(document, drafts, _lexicons);                     // 5. speakers and addressees as entities
        return ResultBuilder.Build(document, drafts, entities);                                 // 6. the immutable result
    }
}
