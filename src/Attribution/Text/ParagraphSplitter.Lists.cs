namespace Attribution.Text;

/// <summary>
/// Inline lists: a paragraph that opens with a list marker (<c>1.</c>, <c>2)</c>, <c>3.)</c>, <c>a.</c>,
/// <c>(b)</c>, <c>iv.</c>, <c>(ii)</c>) is split before each later marker of the same style and the next value,
/// so each item is one sentence.
/// </summary>
internal readonly partial struct ParagraphSplitter
{
    /// <summary>The longest number that still reads as a list marker (<c>12.</c>); longer ones are years and amounts.</summary>
    private const int MaxMarkerDigits = 2;

    /// <summary>How far a list announced by a colon may look for its second marker: an item is a phrase or a short sentence.</summary>
    private const int MaxListItemTokens = 40;

    /// <summary>The longest Roman numeral a marker may be (<c>viii</c>).</summary>
    private const int MaxRomanLength = 4;

    /// <summary>How list markers count.</summary>
    private enum MarkerKind : byte
    {
        Number,
        Letter,
        Roman,
    }

    /// <summary>
    /// If a list marker starts at <paramref name="i"/>, its end; otherwise -1. <paramref name="expected"/> is the kind of
    /// the list already open (it decides whether <c>i.</c> is the ninth letter or the first Roman numeral); null at a
    /// list's start, where <c>i.</c> counts as Roman.
    /// </summary>
    private int ListMarkerEnd(int i, int end, MarkerKind? expected, out ListState marker)
    {
        marker = default;
        int k = i;
        bool bracketed = IsPunct(k, '(');
        if (bracketed && (++k >= end || !Attached(k)))
        {
            return -1;
        }

        if (!TryReadMarkerValue(k, expected, out int value, out var kind, out bool dotted))
        {
            return -1;
        }

        k++;
        if (!dotted && k < end && Attached(k) && IsPunct(k, '.'))
        {
            dotted = true;
            k++;
        }

        bool paren = k < end && Attached(k) && IsPunct(k, ')');
        if (paren)
        {
            k++;
        }

        // The marker needs its period or bracket, a bracket opened must close, and the item text stands apart.
        if ((!dotted && !paren) || (bracketed && !paren) || k >= end || Attached(k))
        {
            return -1;
        }

        marker = new ListState(true, kind, dotted, paren, bracketed, value + 1, IsCapitalized(k));
        return k;
    }

    /// <summary>Reads the number, letter or Roman numeral of a marker at <paramref name="i"/>; <paramref name="dotted"/> when the token keeps its period (<c>a.</c>).</summary>
    private bool TryReadMarkerValue(int i, MarkerKind? expected, out int value, out MarkerKind kind, out bool dotted)
    {
        value = 0;
        kind = MarkerKind.Number;
        dotted = false;
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (expected is not (null or MarkerKind.Number) || token.Span.Length > MaxMarkerDigits || !IsAllDigits(i))
            {
                return false;
            }

            value = int.Parse(TextOf(i), provider: System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var letters = TextOf(i);
        dotted = letters[^1] == '.';
        if (dotted)
        {
            letters = letters[..^1];
        }

        if (letters.Length == 0 || letters.Length > MaxRomanLength)
        {
            return false;
        }

        bool roman = expected == MarkerKind.Roman || (expected is null && letters.Length == 1 && letters[0] is 'i' or 'I');
        if (roman)
        {
            kind = MarkerKind.Roman;
            value = RomanValue(letters);
            return value > 0;
        }

        if (expected is not (null or MarkerKind.Letter) || letters.Length != 1 || !CharClass.IsAsciiLetter(letters[0]))
        {
            return false;
        }

        kind = MarkerKind.Letter;
        value = (letters[0] | 0x20) - 'a' + 1;
        return true;
    }

    /// <summary>The value of a small Roman numeral in one case (<c>i</c> to <c>xxxix</c>), or 0 if the letters are not one.</summary>
    private static int RomanValue(ReadOnlySpan<char> letters)
    {
        bool upper = letters[0] is 'I' or 'V' or 'X';
        int value = 0;
        for (int k = 0; k < letters.Length; k++)
        {
            int digit = (upper ? (char)(letters[k] | 0x20) : letters[k]) switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => 0 };
            if (digit == 0 || CharClass.IsUpper(letters[k]) != upper)
            {
                return 0;
            }

            bool subtract = k + 1 < letters.Length && digit == 1 && (letters[k + 1] | 0x20) is 'v' or 'x';
            value += subtract ? -digit : digit;
        }

        // Only the canonical spelling counts (iv, not iiii or vx), so that words made of these letters are refused.
        Span<char> canonical = stackalloc char[8];
        return RomanSpelling(value, canonical).Equals(letters, StringComparison.OrdinalIgnoreCase) ? value : 0;
    }

    private static ReadOnlySpan<char> RomanSpelling(int value, Span<char> buffer)
    {
        const int MaxSmallRoman = 39;
        if (value <= 0 || value > MaxSmallRoman)
        {
            return [];
        }

        int n = 0;
        for (int tens = value / 10; tens > 0; tens--)
        {
            buffer[n++] = 'x';
        }

        ReadOnlySpan<string> units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        foreach (char c in units[value % 10])
        {
            buffer[n++] = c;
        }

        return buffer[..n];
    }

    /// <summary>
    /// If a list announced by a colon starts at <paramref name="i"/> (<c>two steps: 1. cut costs 2. raise prices</c>),
    /// the end of its first marker; otherwise -1. The first marker counts from the start (1, a, i) and the second
    /// must follow within <see cref="MaxListItemTokens"/> tokens. An upper-case letter with a period is refused:
    /// after a colon it is an initial (<c>Present: A. Smith and B. Jones</c>).
    /// </summary>
    private int AnnouncedListStart(int i, int end, out ListState marker)
    {
        marker = default;
        if (!IsPunct(i - 1, ':') || Attached(i))
        {
            return -1;
        }

        int markerEnd = ListMarkerEnd(i, end, expected: null, out marker);
        if (markerEnd < 0 || marker.Next != 2 || (marker.Kind != MarkerKind.Number && !marker.Bracketed && !marker.Paren && IsCapitalized(i)))
        {
            return -1;
        }

        int limit = Math.Min(end, markerEnd + MaxListItemTokens);
        for (int k = markerEnd + 1; k < limit; k++)
        {
            if (IsNextListItem(k, end, marker))
            {
                return markerEnd;
            }
        }

        return -1;
    }

    /// <summary>Whether the next item of <paramref name="list"/> starts at <paramref name="i"/>: its marker has the list's style and next value.</summary>
    private bool IsNextListItem(int i, int end, in ListState list)
    {
        if (Attached(i) || !(list.Bracketed ? IsPunct(i, '(') : _tokens[i].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        int markerEnd = ListMarkerEnd(i, end, list.Kind, out var marker);

        // Items written like the first: a list of capitalized items needs a capital, a list in lower case takes either.
        return markerEnd > 0 && marker.Kind == list.Kind && marker.Dotted == list.Dotted && marker.Paren == list.Paren
            && marker.Bracketed == list.Bracketed && marker.Next == list.Next + 1 && (marker.Capitalized || !list.Capitalized);
    }

    /// <summary>The list a paragraph is in: the style of its markers, the value the next one must have, and whether its first item is capitalized.</summary>
    private readonly record struct ListState(bool Active, MarkerKind Kind, bool Dotted, bool Paren, bool Bracketed, int Next, bool Capitalized);
}
