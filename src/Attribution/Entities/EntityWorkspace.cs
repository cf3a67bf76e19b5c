using System.Buffers;

namespace Attribution.Entities;

/// <summary>
/// The working collections of the entity stage, reused from one document to the next instead of made
/// anew for each: the name mentions, the referent registry (its look-up tables and referent objects),
/// the resolver's recent and unnamed mentions, the resolved spans. A document's entity stage costs
/// almost no allocation once a workspace has seen a document of its size. One document at a time: the
/// pipeline rents a workspace per call from the pool its extractor owns (<see cref="Pipeline.WorkspacePool{T}"/>),
/// so threads never share one.
/// </summary>
internal sealed class EntityWorkspace
{
    /// <summary>A workspace that served a document of more tokens than this is dropped, not kept, so one huge document does not pin its tables.</summary>
    private const int LargestKeptTokenCount = 1 << 20;

    /// <summary>
    /// Above this many distinct names the name pool is emptied before the next document, so it holds the names
    /// that recur across documents without growing with a long stream of them (a few hundred kilobytes).
    /// </summary>
    private const int LargestKeptNameCount = 1 << 13;

    // Rented from the shared array pool, as the name mentions' array: both are sized from the document (its tokens, its
    // capitalised words), and a workspace too large to keep gives them back (ReturnPooledArrays) for the next one to rent.
    private bool[] _trusted = [];
    private int _largestTokenCount;

    /// <summary>The name mentions the scanner finds in the document.</summary>
    public PooledList<NameMention> Names { get; } = new();

    /// <summary>
    /// The name strings, kept from one document to the next: a name that recurs in a later document is not
    /// allocated again. Within one document equal names are one string (the entity stage compares some by reference).
    /// The result's short texts (cues, mentions, times) come from it too.
    /// </summary>
    public NamePool NamePool { get; } = new();

    /// <summary>The speaker, addressee and on-behalf-of spans to resolve (<see cref="MentionRequest.Collect"/>).</summary>
    public List<MentionRequest> Requests { get; } = [];

    /// <summary>Scratch set of <see cref="MentionRequest.Collect"/>.</summary>
    public HashSet<TextSpan> RequestSpans { get; } = [];

    public ReferentRegistry Registry { get; } = new();

    public List<MentionResolver.RecentMention> Recent { get; } = [];

    public List<MentionResolver.UnnamedPerson> Unnamed { get; } = [];

    /// <summary>The people described, not named, as sentence subjects (<see cref="DescribedSubject.Find"/>).</summary>
    public List<DescribedSubject> DescribedSubjects { get; } = [];

    public Dictionary<TextSpan, Referent> Resolved { get; } = [];

    public List<MentionRequest> FirstPerson { get; } = [];

    /// <summary><see cref="EntityBuilder"/>: the referents that become entities, each with its first mention in the text, in order.</summary>
    public List<(TextSpan First, Referent Referent)> OutputReferents { get; } = [];

    /// <summary><see cref="EntityBuilder"/>: one referent's mentions, read from <see cref="ReferentRegistry.Mentions"/> and sorted.</summary>
    public List<TextSpan> ReferentMentions { get; } = [];

    /// <summary><see cref="EntityBuilder"/>: the referents already in <see cref="OutputReferents"/>.</summary>
    public HashSet<Referent> SeenReferents { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="EntityBuilder"/>: the id of each output referent.</summary>
    public Dictionary<Referent, int> EntityIds { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// <see cref="EntityBuilder"/>: the entity id of each resolved mention span, which the <see cref="EntityResolution"/> it
    /// returns reads (the result is built from it before the workspace serves another document).
    /// </summary>
    public Dictionary<TextSpan, int> EntityByMention { get; } = [];

    /// <summary><see cref="EntityBuilder"/>: one entity's mentions, aliases and titles before they are frozen.</summary>
    public List<TextSpan> EntityMentions { get; } = [];

    /// <inheritdoc cref="EntityMentions"/>
    public List<string> EntityAliases { get; } = [];

    /// <inheritdoc cref="EntityMentions"/>
    public List<string> EntityTitles { get; } = [];

    /// <summary>Whether the workspace is small enough to keep for the next document.</summary>
    public bool WorthKeeping => _largestTokenCount <= LargestKeptTokenCount;

    /// <summary>Empties the name pool when it holds too many names; before a document only, never while one is worked on.</summary>
    public void ForgetNamesIfMany()
    {
        if (NamePool.Count > LargestKeptNameCount)
        {
            NamePool.Clear();
        }
    }

    /// <summary>Clears every collection for a new document.</summary>
    public void Clear()
    {
        ForgetNamesIfMany();
        Names.Clear();
        Recent.Clear();
        Unnamed.Clear();
        DescribedSubjects.Clear();
        Resolved.Clear();
        FirstPerson.Clear();
    }

    /// <summary>
    /// Per token of a document of <paramref name="tokenCount"/> tokens, false: the flags of the tokens a speaker or
    /// addressee span covers. The array may be longer than the document: index it by token only.
    /// </summary>
    public bool[] Trusted(int tokenCount)
    {
        _largestTokenCount = Math.Max(_largestTokenCount, tokenCount);
        if (_trusted.Length < tokenCount)
        {
            ReturnTrusted();
            _trusted = ArrayPool<bool>.Shared.Rent(tokenCount);
        }

        _trusted.AsSpan(0, tokenCount).Clear();
        return _trusted;
    }

    /// <summary>
    /// Gives the arrays sized from the document back to the shared pool; for a workspace that is not kept
    /// (<see cref="WorthKeeping"/>), after its document and before it is left to the collector.
    /// </summary>
    public void ReturnPooledArrays()
    {
        Names.ReturnStorage();
        Registry.Mentions.ReturnStorage();
        ReturnTrusted();
    }

    private void ReturnTrusted()
    {
        var trusted = _trusted;
        _trusted = [];
        if (trusted.Length > 0)
        {
            ArrayPool<bool>.Shared.Return(trusted);
        }
    }
}
