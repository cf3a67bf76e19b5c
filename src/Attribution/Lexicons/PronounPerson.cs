namespace Attribution.Lexicons;

/// <summary>The grammatical person of a <see cref="Pronoun"/>.</summary>
internal enum PronounPerson : byte
{
    First,
    Second,
    Third,

    /// <summary>who, which, that: the person of the noun the clause follows.</summary>
    Relative,
}
