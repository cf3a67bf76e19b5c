namespace Attribution;

/// <summary>How a statement reports what was said.</summary>
public enum StatementKind
{
    /// <summary>A direct quotation: the content is wholly inside quote marks.</summary>
    Direct,

    /// <summary>Reported speech without quote marks: <c>S said (that) …</c>, <c>according to S, …</c>.</summary>
    Indirect,

    /// <summary>Reported speech that carries quoted fragments: <c>S accused Israel of “very dramatic violations”</c>.</summary>
    Mixed,
}
