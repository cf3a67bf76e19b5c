using System.Globalization;
using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>Character classes of the text front end, with fast paths for ASCII.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLower(char c) => (uint)(c - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c < 128 ? IsAsciiDigit(c) : char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => c < 128 ? IsAsciiLetter(c) || IsAsciiDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>White space, including the zero-width space and the byte-order mark that separate words invisibly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= 0x85 && IsSpaceSlow(c);

    private static bool IsSpaceSlow(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    /// <summary>A line break: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNewline(char c) => c <= '\r' ? c >= '\n' : c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// The index of the first line break (<see cref="IsNewline"/>) in <paramref name="text"/> at or after <paramref name="from"/>
    /// and before <paramref name="to"/> among the ASCII ones (LF, VT, FF, CR), or -1: a vectorized search for a range, which the
    /// sentence pass uses instead of testing the gap after every token. <see cref="IndexOfWideNewline"/> finds the others.
    /// </summary>
    public static int IndexOfAsciiNewline(string text, int from, int to)
    {
        int found = text.AsSpan(from, to - from).IndexOfAnyInRange('\n', '\r');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>As <see cref="IndexOfAsciiNewline"/> for the line breaks outside ASCII: NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.</summary>
    public static int IndexOfWideNewline(string text, int from, int to)
    {
        int found = text.AsSpan(from, to - from).IndexOfAny('\u0085', '\u2028', '\u2029');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>A combining mark or an invisible joiner that belongs to the character before it.</summary>
    public static bool IsMarkOrJoiner(char c)
    {
        if (c < 0x300)
        {
            return c == '\u00AD';
        }

        if (c is '\u200C' or '\u200D' or '\uFE0E' or '\uFE0F')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Whether the code point at <paramref name="i"/> is a letter written as a surrogate pair.</summary>
    public static bool IsSurrogateLetter(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetter(text, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostropheMark(char c) => c is '\'' or '\u2019';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDashChar(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B';

    public static bool IsOpeningQuoteChar(char c) => c is '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '\u201A' or '\u2039' or '\u201F' or '\u201B';

    public static bool IsClosingQuoteChar(char c) => c is '\u201D' or '\u00BB' or '\u203A';

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{' or '<';

    /// <summary>A closing bracket that can follow a sentence's stop: <c>) ] }</c> and the full-width and CJK ones (<c>） 」 』 】</c>).</summary>
    public static bool IsClosingBracketChar(char c) =>
        c < 128 ? c is ')' or ']' or '}' : c is '\uFF09' or '\uFF3D' or '\uFF5D' or '\u300D' or '\u300F' or '\u3011' or '\u3015' or '\u3009' or '\u300B' or '\u3017' or '\uFF63';

    /// <summary>An opening bracket that can start a sentence: <c>( [ {</c> and the full-width and CJK ones (<c>（ 「 『 【</c>).</summary>
    public static bool IsOpeningBracketChar(char c) =>
        c < 128 ? c is '(' or '[' or '{' : c is '\uFF08' or '\uFF3B' or '\uFF5B' or '\u300C' or '\u300E' or '\u3010' or '\u3014' or '\u3008' or '\u300A' or '\u3016' or '\uFF62';

    /// <summary>
    /// A stop of Chinese and Japanese text (<c>。 ． ？ ！</c> and the half-width <c>｡</c>). Those scripts have no
    /// letter case and no space between sentences, so such a stop ends a sentence whatever follows.
    /// </summary>
    public static bool IsIdeographicStop(char c) => c is '\u3002' or '\uFF0E' or '\uFF1F' or '\uFF01' or '\uFF61';

    public static bool IsClosingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '?' or '!' or ')' or ']' or '}' or '\u2026';

    public static bool IsBullet(char c) => c is '\u2022' or '\u2043' or '\u25E6' or '\u25AA' or '\u25CF' or '\u25A0' or '\u25BA' or '\u2023' or '\u27A2' or '\u25B8';
}
