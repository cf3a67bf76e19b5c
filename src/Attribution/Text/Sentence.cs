namespace Attribution.Text;

/// <summary>A sentence: its span and its half-open range [<see cref="FirstToken"/>, <see cref="EndToken"/>) of non-white-space tokens.</summary>
internal readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken, int Paragraph)
{
    public int TokenCount => EndToken - FirstToken;
}
