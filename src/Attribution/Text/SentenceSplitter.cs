namespace Attribution.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs. Stateless and thread-safe.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Splits the non-white-space <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var paragraphs = new List<Paragraph>(tokens.Length / 60 + 1);
        int sentenceStart = 0;
        int paragraphFirstSentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool last = i + 1 == tokens.Length;
            bool paragraphBreak = last || HasNewlineBetween(text, tokens[i].Span.End, tokens[i + 1].Span.Start);
            if (paragraphBreak || EndsSentence(text, tokens, i))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[sentenceStart].Span.Start, tokens[i].Span.End), sentenceStart, i + 1, paragraphs.Count));
                sentenceStart = i + 1;
            }

            if (paragraphBreak)
            {
                var first = sentences[paragraphFirstSentence];
                paragraphs.Add(new Paragraph(new TextSpan(first.Span.Start, tokens[i].Span.End), paragraphFirstSentence, sentences.Count));
                paragraphFirstSentence = sentences.Count;
            }
        }

        return (sentences.ToArray(), paragraphs.ToArray());
    }

    private static bool HasNewlineBetween(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        bool terminal = token.Kind == TokenKind.Punctuation && (s[0] is '.' or '?' or '!' or '…');
        if (!terminal)
        {
            // A closing quote right after terminal punctuation ends the sentence itself.
            if (token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote && i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation
                && text[tokens[i - 1].Span.Start] is '.' or '?' or '!' && tokens[i - 1].Span.End == token.Span.Start)
            {
                return StartsNewSentence(text, tokens, i + 1);
            }

            return false;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote && tokens[i + 1].Span.Start == token.Span.End)
        {
            return false; // the closing quote ends it
        }

        return StartsNewSentence(text, tokens, i + 1);
    }

    private static bool StartsNewSentence(string text, Token[] tokens, int next)
    {
        if (next >= tokens.Length)
        {
            return true;
        }

        if (tokens[next].Span.Start == tokens[next - 1].Span.End)
        {
            return false;
        }

        char c = text[tokens[next].Span.Start];
        return !char.IsLower(c);
    }
}
