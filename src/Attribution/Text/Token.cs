namespace Attribution.Text;

/// <summary>
/// One token of the text: its half-open <see cref="Span"/> into the original string and its <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// Tokens and the white-space tokens between them cover the text without gaps or overlaps, so the
/// tokenization is lossless. Immutable and therefore thread-safe.
/// </remarks>
/// <param name="Span">Where the token lies in the original string.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="NewlineCount">For <see cref="TokenKind.Whitespace"/>, the number of line breaks it holds (CRLF counts once); 0 otherwise.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int NewlineCount = 0)
{
    /// <summary>The token's text, sliced from <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> AsSpan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Span.Start, Span.Length);
    }

    /// <summary>Whether this is a quote mark of any kind.</summary>
    public bool IsQuote => Kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote;
}
