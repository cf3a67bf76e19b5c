using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// The dateline that opens a wire story's first paragraph: a place in capitals, perhaps a state or country and a
/// date, perhaps the agency in brackets, then a dash — <c>WASHINGTON (Reuters) -</c>, <c>KYIV, Ukraine —</c>,
/// <c>SPRINGFIELD, Ill., Oct. 5 (AP) --</c>, or a place in capitals and a colon — <c>NEW DELHI:</c>. It is no part of the sentence after it, so a reported clause that
/// opens the sentence starts after it. Stateless.
/// </summary>
internal static class Dateline
{
    /// <summary>A dateline is short; a longer run before a dash is a sentence's own words.</summary>
    private const int MaxTokens = 16;

    /// <summary>The first token after the dateline at <paramref name="first"/>, or <paramref name="first"/> when none opens there.</summary>
    public static int Skip(TokenReader r, int first, int end)
    {
        if (!IsCapitalsWord(r, first))
        {
            return first;
        }

        int limit = Math.Min(end, first + MaxTokens);
        int k = first;
        while (k < limit && IsCapitalsWord(r, k))
        {
            k++; // NEW YORK, SAN FRANCISCO
        }

        if (k < limit && r.IsPunct(k, ':') && k + 1 < end && r.IsCapitalized(k + 1))
        {
            return k + 1; // "NEW DELHI: India's central bank …", the colon style of South Asian and Gulf papers
        }

        // ", Ill.", ", Ukraine", ", Oct. 5", ", 2024": a state, country or date after commas.
        while (k < limit && r.IsPunct(k, ','))
        {
            int next = k + 1;
            while (next < limit && (r.IsCapitalized(next) || r.Tokens[next].Kind == TokenKind.Number || r.IsPunct(next, '.')))
            {
                next++;
            }

            if (next == k + 1)
            {
                return first;
            }

            k = next;
        }

        if (k < limit && r.IsPunct(k, '('))
        {
            int close = k + 1;
            while (close < limit && !r.IsPunct(close, ')') && (r.IsCapitalized(close) || r.IsPunct(close, '/') || r.IsPunct(close, '.')))
            {
                close++;
            }

            if (close >= limit || !r.IsPunct(close, ')'))
            {
                return first;
            }

            k = close + 1;
        }

        return k < limit && r.Tokens[k].Kind == TokenKind.Dash && k + 1 < end && (r.IsCapitalized(k + 1) || r.IsQuoteMark(k + 1)) ? k + 1 : first;
    }

    /// <summary>A word of two or more letters, all capitals (<c>WASHINGTON</c>; not <c>I</c> or <c>Washington</c>).</summary>
    private static bool IsCapitalsWord(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        var text = r.Text(i);
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
