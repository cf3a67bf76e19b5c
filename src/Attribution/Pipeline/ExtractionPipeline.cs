using Attribution.Entities;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Mentions;
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

    /// <summary>The entity stage's reusable collections, one per concurrent call (see <see cref="EntityWorkspace"/>).</summary>
    private readonly WorkspacePool<EntityWorkspace> _entityWorkspaces = new();

    /// <summary>The statement finder's reusable collections, one per concurrent call.</summary>
    private readonly WorkspacePool<StatementWorkspace> _statementWorkspaces = new();

    /// <summary>The time stage's reusable phrase finders, one per concurrent call.</summary>
    private readonly WorkspacePool<FramePhraseFinder> _phraseFinders = new();

    public ExtractionPipeline(LexiconSet lexicons, FrameRules frameRules)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(frameRules);
        _lexicons = lexicons;
        _frameRules = frameRules;
    }

    public AttributionResult Run(string text, DateOnly? publicationDate, AttributionGranularity granularity, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = DocumentAnalyzer.Analyze(text, publicationDate, hashWords: true); // 1. tokens (and their look-up hashes), sentences, paragraphs
        cancellationToken.ThrowIfCancellationRequested();
        document.SetQuotes(QuoteScanner.Scan(document));                                        // 2. quotations
        cancellationToken.ThrowIfCancellationRequested();
        var statementWorkspace = _statementWorkspaces.Rent();
        var drafts = StatementFinder.Find(document, document.Quotes, _lexicons, _frameRules, statementWorkspace); // 3. statements: cue, complement and quote rules
        if (statementWorkspace.WorthKeeping)
        {
            _statementWorkspaces.Return(statementWorkspace);
        }

        var declines = DeclineFinder.Find(document, document.Quotes, _lexicons, drafts);       // 4. "declined to comment": not statements
        var reader = document.ReaderFor(_lexicons);
        List<StatementDraft> all = [.. drafts, .. declines];                                   //    statements first: CarriedFrom indexes them
        SpeakerSpanTrimmer.Trim(reader, document.Positions, all);                               // 5. speaker spans without adverbs, times or verbs
        OnBehalfOfFinder.Find(reader, document.Positions, all);                                 // 6. the organisation a spokesperson speaks for
        cancellationToken.ThrowIfCancellationRequested();
        var phraseFinder = _phraseFinders.Rent();
        TimeResolver.AttachTimes(document, all, phraseFinder);                                  // 7. the time of each statement
        _phraseFinders.Return(phraseFinder);
        var workspace = _entityWorkspaces.Rent();
        workspace.ForgetNamesIfMany();                                                          //    (its pool also gives the result's short texts)
        var entities = EntityResolver.Resolve(document, all, _lexicons, workspace);             // 8. speakers and addressees as entities
        cancellationToken.ThrowIfCancellationRequested();
        ActAssembler.Number(document.Positions, drafts);                                        // 9. attribution acts
        if (granularity == AttributionGranularity.Act)
        {
            ParcSpans.Apply(reader, document.Positions, all);                                   //    PARC span boundaries
            drafts = ActAssembler.Merge(drafts);                                                //    one statement per act
        }

        var result = ResultBuilder.Build(document, drafts, declines, entities, workspace.NamePool); // 10. the immutable result (short texts from the name pool)
        if (workspace.WorthKeeping)
        {
            _entityWorkspaces.Return(workspace);
        }
        else
        {
            workspace.ReturnPooledArrays(); // the result holds none of them: the next large document rents them again
        }

        return result;
    }
}
