namespace Attribution.Lexicons;

/// <summary>What a line of <c>Data/titles.txt</c> says about its word (the tags after it).</summary>
[Flags]
internal enum TitleTags : byte
{
    None = 0,

    /// <summary><c>honorific</c>: Mr, Mrs, Sir; never one of an entity's titles.</summary>
    Honorific = 1 << 0,

    /// <summary><c>role</c>: a title or role head word for the entity stage (president, economist, spokeswoman).</summary>
    Role = 1 << 1,

    /// <summary><c>prefix</c>: a title or honorific the mention stage knows before a name (President said … is an office, not a name).</summary>
    Prefix = 1 << 2,

    /// <summary><c>male</c>: the word gives its name a male gender.</summary>
    Male = 1 << 3,

    /// <summary><c>female</c>: the word gives its name a female gender.</summary>
    Female = 1 << 4,
}
