namespace Attribution.Frames.Rules;

/// <summary>
/// One attribution pattern around a cue word: what the sentence around the cue must look like, and the
/// statement it then records through <see cref="FrameContext.Add"/> or <see cref="FrameContext.Forward"/>.
/// Rules hold no state (one instance serves every document and thread); the order of
/// <see cref="FrameRules.CueRules"/> decides which rule sees a cue first.
/// </summary>
internal abstract class FrameRule
{
    protected FrameRule() => Name = GetType().Name;

    /// <summary>The rule's name as recorded on the statements it makes (the class name).</summary>
    public string Name { get; }

    /// <summary>
    /// Looks at the cue. Returns true when the rule settles it — it recorded a statement, or it knows the cue
    /// cues none here (a noun, a passive) — so no later rule sees the cue; false lets the next rule look. A
    /// rule may record a statement and still return false, when the cue may frame a second statement.
    /// </summary>
    public abstract bool TryMatch(FrameContext frame, in CueSite site);
}
