namespace Attribution.Evaluation.Gold;

/// <summary>Which characters count as quote marks when the gold does not say a statement's kind.</summary>
internal static class QuoteMarks
{
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '＂';

    public static bool IsSingleQuote(char c) => c is '\'' or '‘' or '’' or '‚' or '‛' or '`' or '‹' or '›';

    public static bool IsQuote(char c) => IsDoubleQuote(c) || IsSingleQuote(c);

    /// <summary>
    /// True when <paramref name="text"/>[<paramref name="index"/>] is used as a quote mark: double quotes
    /// always; single quotes unless they sit between two letters or digits (an apostrophe as in "didn’t").
    /// </summary>
    public static bool IsQuoteAt(string text, int index)
    {
        char c = text[index];
        if (IsDoubleQuote(c))
        {
            return true;
        }

        if (!IsSingleQuote(c))
        {
            return false;
        }

        bool letterBefore = index > 0 && char.IsLetterOrDigit(text[index - 1]);
        bool letterAfter = index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
        return !(letterBefore && letterAfter);
    }

    /// <summary>
    /// The kind the GUM converter gives a content: direct when it starts and ends with a quote mark, mixed
    /// when it holds one anywhere else, otherwise indirect.
    /// </summary>
    public static StatementKind KindOf(string text, TextSpan content)
    {
        int start = content.Start;
        int end = content.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start >= 2 && IsQuoteAt(text, start) && IsQuoteAt(text, end - 1))
        {
            return StatementKind.Direct;
        }

        for (int i = start; i < end; i++)
        {
            if (IsQuoteAt(text, i))
            {
                return StatementKind.Mixed;
            }
        }

        return StatementKind.Indirect;
    }
}
