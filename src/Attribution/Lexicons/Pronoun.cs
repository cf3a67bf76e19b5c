namespace Attribution.Lexicons;

/// <summary>One pronoun form of <see cref="Pronouns"/>.</summary>
/// <param name="Text">The form as written (lower case, but for <c>I</c>).</param>
/// <param name="Person">First, second, third, or relative.</param>
/// <param name="Refers">What the form can refer to, for the entity stage.</param>
/// <param name="Slots">The grammatical slots the form fills.</param>
internal sealed record Pronoun(string Text, PronounPerson Person, PronounClass Refers, PronounSlots Slots)
{
    /// <summary>Only <see cref="Text"/> as written is this pronoun to the entity stage (<c>I</c>, <c>us</c>).</summary>
    public bool ExactSpelling { get; init; }

    /// <summary>A personal possessive determiner (his, their); <c>whose</c> is a relative.</summary>
    public bool IsPossessiveDeterminer => Person != PronounPerson.Relative && (Slots & PronounSlots.PossessiveDeterminer) != 0;
}
