namespace Attribution.Lexicons;

/// <summary>What kind of cue a word is, which decides the frames it may head.</summary>
internal enum CueClass : byte
{
    /// <summary>A verb of saying (say, tell, claim): direct, indirect and mixed frames.</summary>
    Speech,

    /// <summary>A manner-of-speaking verb (sigh, quip): only next to a direct quote.</summary>
    Manner,

    /// <summary>A belief verb (think, fear): only with a reported clause; the statement is not speech.</summary>
    Belief,
}
