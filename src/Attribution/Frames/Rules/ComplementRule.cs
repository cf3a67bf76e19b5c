namespace Attribution.Frames.Rules;

/// <summary>
/// One shape of what follows a forward frame (<c>S said …</c>) once its addressee and adjuncts are read: a
/// quote, a colon, a that-clause, a bare clause. The frame rules find the speaker; the complement rules,
/// in the order of <see cref="FrameRules.ComplementRules"/>, find the content. Stateless.
/// </summary>
internal abstract class ComplementRule
{
    protected ComplementRule() => Name = GetType().Name;

    /// <summary>The rule's name as recorded on the statements it makes (the class name).</summary>
    public string Name { get; }

    /// <summary>
    /// Reads the complement starting at token <paramref name="next"/>. Returns false when it is not this
    /// rule's shape; true when the rule settles the frame: <paramref name="content"/> is then the content, or
    /// null when the frame makes no statement, and <paramref name="confidence"/> (the frame's base on entry)
    /// what the statement is worth.
    /// </summary>
    public abstract bool TryRead(FrameContext frame, in CueSite site, int next, ref double confidence, out ContentMatch? content);
}
