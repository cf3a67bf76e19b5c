using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>What the sentence pass asks of a single token.</summary>
internal readonly ref partial struct ParagraphSplitter
{
    private char FirstChar(int i) => _text[_tokens[i].Span.Start];

    private ReadOnlySpan<char> TextOf(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);

    /// <summary>Whether token <paramref name="i"/> touches the token before it (no white space between).</summary>
    private bool Attached(int i) => _tokens[i].Span.Start == _tokens[i - 1].Span.End;

    private bool IsPunct(int i, char c) => _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Span.Length == 1 && FirstChar(i) == c;

    private bool IsQuestionOrExclamation(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && FirstChar(i) is '?' or '!' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private bool IsEllipsis(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && (FirstChar(i) == '\u2026' || (FirstChar(i) == '.' && _tokens[i].Span.Length > 1));

    private bool IsIdeographicStop(int i) => _tokens[i].Kind == TokenKind.Punctuation && CharClass.IsIdeographicStop(FirstChar(i));

    private bool IsAbbreviation(int i) =>
        _tokens[i].Kind == TokenKind.Word && _tokens[i].Span.Length > 1 && _text[_tokens[i].Span.End - 1] == '.';

    /// <summary>A word that is no <see cref="IsAbbreviation">abbreviation</see>: never a stop. Inlined, as the sentence pass asks it of every token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWordWithoutPeriod(int i) =>
        _tokens[i].Kind == TokenKind.Word && (_tokens[i].Span.Length == 1 || _text[_tokens[i].Span.End - 1] != '.');

    private bool IsBullet(int i) => _tokens[i].Kind == TokenKind.Symbol && CharClass.IsBullet(FirstChar(i));

    private bool IsCapitalized(int i) => CharClass.IsUpper(FirstChar(i));

    private bool IsLowercaseWord(int i) =>
        _tokens[i].Kind is TokenKind.Word or TokenKind.Apostrophe && CharClass.IsLower(FirstChar(i));

    private bool IsClosingBracket(int i) => _tokens[i].Kind == TokenKind.Punctuation && CharClass.IsClosingBracketChar(FirstChar(i));

    private bool IsOpeningBracket(int i) => _tokens[i].Kind == TokenKind.Punctuation && CharClass.IsOpeningBracketChar(FirstChar(i));

    private bool IsAllDigits(int i)
    {
        foreach (char c in TextOf(i))
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
