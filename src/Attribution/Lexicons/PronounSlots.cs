namespace Attribution.Lexicons;

/// <summary>The slots a <see cref="Pronoun"/> form fills in a clause.</summary>
[Flags]
internal enum PronounSlots : byte
{
    None = 0,
    Subject = 1,
    Object = 2,

    /// <summary>Before a noun: his, their, whose.</summary>
    PossessiveDeterminer = 4,
    Reflexive = 8,
}
