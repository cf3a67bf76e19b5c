namespace Attribution.Quotes;

/// <summary>Which quote marks pair with which: double marks with double, single with single.</summary>
internal static class QuoteMarks
{
    /// <summary>0 for a double mark (“ ” " „ « »), 1 for a single mark (‘ ’ ' ‚ ‹ › `), -1 for anything else.</summary>
    public static int FamilyOf(char mark) => mark switch
    {
        '“' or '”' or '"' or '„' or '«' or '»' or '‟' or '〝' or '〞' or '＂' => 0,
        '‘' or '’' or '\'' or '‚' or '‹' or '›' or '‛' or '`' => 1,
        _ => -1,
    };

    /// <summary>
    /// The family of a quote-mark token's text: the doubled ASCII marks of typewriter and Penn Treebank text
    /// (<c>``We won,''</c>) are double marks; any other mark is its first character's family.
    /// </summary>
    public static int FamilyOf(ReadOnlySpan<char> mark) =>
        mark.Length == 2 && mark[0] is '`' or '\'' && mark[1] == mark[0] ? 0 : mark.IsEmpty ? -1 : FamilyOf(mark[0]);

    /// <summary>Whether <paramref name="mark"/> can only open (“ ‘ « „ ‚ ‹ `); the tokenizer decides the straight ones.</summary>
    public static bool IsOpeningOnly(char mark) => mark is '“' or '‘' or '«' or '„' or '‚' or '‹' or '‟' or '‛' or '〝' or '`';
}
