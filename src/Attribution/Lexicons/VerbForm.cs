namespace Attribution.Lexicons;

/// <summary>Which inflection of a verb a word is.</summary>
internal enum VerbForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Participle,
    Gerund,
}
