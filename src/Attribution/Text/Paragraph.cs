namespace Attribution.Text;

/// <summary>A paragraph: its span and its half-open range [<see cref="FirstSentence"/>, <see cref="EndSentence"/>) of sentences.</summary>
internal readonly record struct Paragraph(TextSpan Span, int FirstSentence, int EndSentence);
