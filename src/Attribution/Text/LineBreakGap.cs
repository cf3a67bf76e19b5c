namespace Attribution.Text;

/// <summary>
/// A gap between two tokens that holds a line break: the index of the token before it and what the break is. The tokenizer
/// lists them as it steps over white space (<see cref="Tokenizer.TokenizeDocument"/>), and the sentence pass decides which are
/// paragraph breaks (<see cref="SentenceSplitter"/>).
/// </summary>
/// <param name="Token">The index of the token before the gap.</param>
/// <param name="Kind">What the break is.</param>
internal readonly record struct LineBreakGap(int Token, LineBreakKind Kind)
{
    /// <summary>The gap after token <paramref name="token"/> that holds <paramref name="lineBreaks"/> line breaks (at least one; CRLF counts once).</summary>
    public static LineBreakGap FromCount(int token, int lineBreaks) =>
        new(token, lineBreaks == 1 ? LineBreakKind.Line : LineBreakKind.Paragraph);
}

/// <summary>What a <see cref="LineBreakGap"/> is.</summary>
internal enum LineBreakKind : byte
{
    /// <summary>A line break that does not end the paragraph: a line wrapped inside a sentence.</summary>
    None,

    /// <summary>One line break, which may be such a wrap.</summary>
    Line,

    /// <summary>A paragraph break: two line breaks or more, or one that ends a line the sentence pass does not join to the next.</summary>
    Paragraph,
}
