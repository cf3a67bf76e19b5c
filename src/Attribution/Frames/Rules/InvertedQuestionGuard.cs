using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a speech cue in a question that inverts a pronoun subject: it asks, it does not report.
/// <list type="bullet">
/// <item>Settles (no statement): <c>What would you recommend to a new player?</c>; <c>How can you tell whether it is safe?</c></item>
/// <item>Lets through: <c>Do you think the plan will work?</c> (a belief cue: kept); <c>Why, he asked, did nobody warn them?</c></item>
/// </list>
/// </summary>
internal sealed class InvertedQuestionGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Class != CueClass.Belief && f.SubjectOf(site) is { } speaker && f.Clause.IsInvertedQuestion(speaker, site.Sentence);
}
