namespace Attribution.Quotes;

/// <summary>Which quote marks pair with which: double marks with double, single with single.</summary>
internal static class QuoteMarks
{
    /// <summary>0 for a double mark (“ ” " „ « »), 1 for a single mark (‘ ’ ' ‚ ‹ ›), -1 for anything else.</summary>
    public static int FamilyOf(char mark) => mark switch
    {
        '“' or '”' or '"' or '„' or '«' or '»' or '‟' or '〝' or '〞' or '＂' => 0,
        '‘' or '’' or '\'' or '‚' or '‹' or '›' or '‛' => 1,
        _ => -1,
    };

    /// <summary>Whether <paramref name="mark"/> can only open (“ ‘ « „ ‚ ‹); the tokenizer decides the straight ones.</summary>
    public static bool IsOpeningOnly(char mark) => mark is '“' or '‘' or '«' or '„' or '‚' or '‹' or '‟' or '‛' or '〝';
}
