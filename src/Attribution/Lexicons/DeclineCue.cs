namespace Attribution.Lexicons;

/// <summary>
/// One decline phrase of <c>decline-cues.txt</c>: the words after its first word and whether it counts only
/// after a negated auxiliary (<c>did not respond to a request for comment</c>).
/// </summary>
/// <param name="Lemma">The lemma reported for the cue (<c>decline</c>, <c>respond</c>).</param>
/// <param name="Rest">The fixed words after the first word, lower case.</param>
/// <param name="Negated">Whether the phrase needs a negated auxiliary before it.</param>
/// <param name="Form">Which inflection of the verb the first word is.</param>
internal sealed record DeclineCue(string Lemma, string[] Rest, bool Negated, VerbForm Form);
