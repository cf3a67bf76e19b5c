using System.Collections.Immutable;
using Attribution.Text;

namespace Attribution.TokenBudgets;

/// <summary>
/// Our tokens and sentences of one document, and the tokenizer's count for each sentence; built once per
/// result and shared by every statement of it.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly int[] _sentenceTokenCounts;

    public DocumentLayout(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _sentenceTokenCounts = new int[sentences.Length];
        Array.Fill(_sentenceTokenCounts, -1);
    }

    public string Text { get; }

    /// <summary>Every token, white space included, covering the text without gaps.</summary>
    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>
    /// The tokens sentence <paramref name="index"/> adds to a cut together with the white space before it,
    /// which subword tokenizers attach to the following word. Racing threads compute the same value.
    /// </summary>
    public int SentenceTokenCount(int index, Microsoft.ML.Tokenizers.Tokenizer tokenizer)
    {
        int count = Volatile.Read(ref _sentenceTokenCounts[index]);
        if (count < 0)
        {
            int start = index == 0 ? Sentences[0].Start : Sentences[index - 1].End;
            count = tokenizer.CountTokens(Text.AsSpan(start, Sentences[index].End - start));
            Volatile.Write(ref _sentenceTokenCounts[index], count);
        }

        return count;
    }

    /// <summary>The index of the first sentence that ends after <paramref name="position"/>, or the sentence count.</summary>
    public int FirstSentenceEndingAfter(int position)
    {
        int low = 0, high = Sentences.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Sentences[mid].End > position)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>The index of the last sentence that starts before <paramref name="position"/>, or -1.</summary>
    public int LastSentenceStartingBefore(int position)
    {
        int low = 0, high = Sentences.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Sentences[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }

    /// <summary>The start of the first token a cut can open on that starts at or after <paramref name="position"/>, or <paramref name="limit"/> when none starts before it.</summary>
    public int WordStartAtOrAfter(int position, int limit)
    {
        int index = FirstTokenEndingAfter(position);
        while (index < Tokens.Length)
        {
            var token = Tokens[index];
            if (token.Span.Start >= limit)
            {
                break;
            }

            if (token.Span.Start >= position && CanStartCut(token.Kind))
            {
                return token.Span.Start;
            }

            index++;
        }

        return limit;
    }

    /// <summary>The end of the last token a cut can close on that ends at or before <paramref name="position"/>, or <paramref name="limit"/> when none ends after it.</summary>
    public int WordEndAtOrBefore(int position, int limit)
    {
        int index = FirstTokenEndingAfter(position) - 1;
        while (index >= 0)
        {
            var token = Tokens[index];
            if (token.Span.End <= limit)
            {
                break;
            }

            if (token.Span.End <= position && CanEndCut(token.Kind))
            {
                return token.Span.End;
            }

            index--;
        }

        return limit;
    }

    /// <summary>A cut of context does not open on white space or on the marks that close a phrase (<c>. , ” ’</c>).</summary>
    private static bool CanStartCut(TokenKind kind) =>
        kind is not (TokenKind.Whitespace or TokenKind.Punctuation or TokenKind.ClosingQuote or TokenKind.Apostrophe or TokenKind.Dash);

    /// <summary>A cut of context does not close on white space or on the marks that open a phrase (<c>“ —</c>).</summary>
    private static bool CanEndCut(TokenKind kind) =>
        kind is not (TokenKind.Whitespace or TokenKind.OpeningQuote or TokenKind.Dash);

    /// <summary>The start of the token holding <paramref name="position"/>.</summary>
    public int TokenStartAtOrBefore(int position)
    {
        int index = FirstTokenEndingAfter(position);
        return index < Tokens.Length ? Math.Min(position, Tokens[index].Span.Start) : position;
    }

    /// <summary>The end of the token holding the code unit before <paramref name="position"/>.</summary>
    public int TokenEndAtOrAfter(int position)
    {
        if (position == 0)
        {
            return 0;
        }

        int index = FirstTokenEndingAfter(position - 1);
        return index < Tokens.Length ? Math.Max(position, Tokens[index].Span.End) : position;
    }

    private int FirstTokenEndingAfter(int position)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Tokens[mid].Span.End > position)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
