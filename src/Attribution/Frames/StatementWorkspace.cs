namespace Attribution.Frames;

/// <summary>
/// The statement finder's scratch collections, reused from one document to the next instead of made anew:
/// the cue hits and the candidates in content order. One document at a time: the pipeline rents one per call
/// from the pool its extractor owns (<see cref="Pipeline.WorkspacePool{T}"/>).
/// </summary>
internal sealed class StatementWorkspace
{
    /// <summary>The cues of the document (<see cref="CueFinder"/>).</summary>
    public List<CueHit> Cues { get; } = [];

    /// <summary>The candidates sorted by content start, while overlaps are resolved.</summary>
    public List<Candidate> ByContent { get; } = [];

    /// <summary>The candidates kept after overlaps are resolved, in content order, while the later passes add to them.</summary>
    public List<Candidate> KeptInOrder { get; } = [];

    /// <summary>Scratch list of the passes that rebuild <see cref="KeptInOrder"/> (quote-only statements, partial overlaps).</summary>
    public List<Candidate> Rebuilt { get; } = [];

    /// <summary>The candidates kept after overlaps are resolved, as a set.</summary>
    public HashSet<Candidate> Kept { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the workspace is small enough to keep for the next document (a huge one is left to the collector).</summary>
    public bool WorthKeeping => Cues.Capacity <= 1 << 16;
}
