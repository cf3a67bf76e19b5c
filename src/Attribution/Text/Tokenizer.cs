namespace Attribution.Text;

/// <summary>
/// Splits text into tokens in a single forward pass with no backtracking beyond a bounded look-ahead.
/// Stateless and thread-safe.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Rev", "Hon",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Mt", "Ft", "Ave", "Blvd", "approx", "e.g", "i.e",
    };

    /// <summary>Tokenizes <paramref name="text"/>; white-space tokens are kept only when <paramref name="includeWhitespace"/> is set.</summary>
    public static Token[] Tokenize(string text, bool includeWhitespace)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 1);
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            int start = i;
            if (char.IsWhiteSpace(c))
            {
                int newlines = 0;
                while (i < n && char.IsWhiteSpace(text[i]))
                {
                    char w = text[i];
                    if (w == '\r')
                    {
                        newlines++;
                        if (i + 1 < n && text[i + 1] == '\n')
                        {
                            i++;
                        }
                    }
                    else if (w is '\n' or '\u2028' or '\u2029' or '\u0085')
                    {
                        newlines++;
                    }

                    i++;
                }

                if (includeWhitespace)
                {
                    tokens.Add(new Token(new TextSpan(start, i), TokenKind.Whitespace, newlines));
                }

                continue;
            }

            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, out kind);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else
            {
                i = ScanOther(text, i, out kind);
            }

            tokens.Add(new Token(new TextSpan(start, i), kind));
        }

        return tokens.ToArray();
    }

    private static int ScanWord(string text, int i, out TokenKind kind)
    {
        int start = i;
        int n = text.Length;
        kind = TokenKind.Word;
        if (StartsWithUrl(text, i))
        {
            kind = TokenKind.Url;
            return ScanUntilSpace(text, i);
        }

        while (i < n)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((c == '-' || c == '\u2011') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                // A clitic after the apostrophe ends the word here; other inner apostrophes (O’Brien) stay.
                if (IsClitic(text, i + 1))
                {
                    return i;
                }

                i++;
            }
            else if (c == '.' && i + 1 < n && char.IsLetter(text[i + 1]) && i + 2 <= n && (i + 2 == n || text[i + 2] == '.'))
            {
                i++; // U.N, U.S
            }
            else
            {
                break;
            }
        }

        if (i < n && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            if (word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.') || Abbreviations.Contains(word.ToString()))
            {
                i++;
            }
        }

        if (i < n && text[i] == '@')
        {
            int j = i + 1;
            int dot = -1;
            while (j < n && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '-' or '_'))
            {
                if (text[j] == '.')
                {
                    dot = j;
                }

                j++;
            }

            if (dot > i + 1 && dot < j - 1)
            {
                kind = TokenKind.Email;
                return j;
            }
        }

        return i;
    }

    private static bool IsClitic(string text, int i)
    {
        int n = text.Length;
        int j = i;
        while (j < n && char.IsLetter(text[j]))
        {
            j++;
        }

        var rest = text.AsSpan(i, j - i);
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("t", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == '.' || c == ',') && i + 1 < n && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanOther(string text, int i, out TokenKind kind)
    {
        int n = text.Length;
        char c = text[i];
        char prev = i > 0 ? text[i - 1] : ' ';
        char next = i + 1 < n ? text[i + 1] : ' ';
        switch (c)
        {
            case '“' or '«' or '„' or '‚' or '‘':
                if (c == '‘' && char.IsLetterOrDigit(next) && IsElision(text, i + 1))
                {
                    kind = TokenKind.Apostrophe;
                    return i + 1;
                }

                kind = TokenKind.OpeningQuote;
                return i + 1;
            case '”' or '»':
                kind = TokenKind.ClosingQuote;
                return i + 1;
            case '’' or '\'':
                if (char.IsLetterOrDigit(next) && (char.IsWhiteSpace(prev) || i == 0 || IsOpener(prev)))
                {
                    kind = IsElision(text, i + 1) ? TokenKind.Apostrophe : (c == '\'' ? TokenKind.OpeningQuote : TokenKind.Apostrophe);
                    if (kind == TokenKind.Apostrophe)
                    {
                        return ScanClitic(text, i);
                    }

                    return i + 1;
                }

                if (char.IsLetter(prev) && char.IsLetter(next))
                {
                    kind = TokenKind.Apostrophe;
                    return ScanClitic(text, i);
                }

                kind = c == '\'' && !char.IsWhiteSpace(prev) && i > 0 ? TokenKind.ClosingQuote : (c == '\'' ? TokenKind.AmbiguousQuote : TokenKind.ClosingQuote);
                return i + 1;
            case '"':
                bool spaceBefore = i == 0 || char.IsWhiteSpace(prev) || IsOpener(prev);
                bool spaceAfter = i + 1 >= n || char.IsWhiteSpace(next) || char.IsPunctuation(next);
                kind = spaceBefore && !spaceAfter ? TokenKind.OpeningQuote : !spaceBefore && spaceAfter ? TokenKind.ClosingQuote : TokenKind.AmbiguousQuote;
                return i + 1;
            case '—' or '–' or '―':
                kind = TokenKind.Dash;
                return i + 1;
            case '-' when next == '-':
                kind = TokenKind.Dash;
                int j = i;
                while (j < n && text[j] == '-')
                {
                    j++;
                }

                return j;
            case '.' when next == '.':
                kind = TokenKind.Punctuation;
                int k = i;
                while (k < n && text[k] == '.')
                {
                    k++;
                }

                return k;
            case '@' or '#' when char.IsLetterOrDigit(next) || next == '_':
                kind = c == '@' ? TokenKind.Handle : TokenKind.Hashtag;
                int h = i + 1;
                while (h < n && (char.IsLetterOrDigit(text[h]) || text[h] == '_'))
                {
                    h++;
                }

                return h;
            case '$' or '€' or '£' or '¥':
                kind = TokenKind.Symbol;
                return i + 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
        {
            kind = TokenKind.Symbol;
            return i + 2;
        }

        kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return i + 1;
    }

    private static int ScanClitic(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsElision(string text, int i)
    {
        int j = i;
        while (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            j++;
        }

        var w = text.AsSpan(i, j - i);
        return (w.Length == 2 && char.IsDigit(w[0]) && char.IsDigit(w[1]))
            || (w.Length == 3 && char.IsDigit(w[0]) && w[2] == 's')
            || w.Equals("tis", StringComparison.OrdinalIgnoreCase) || w.Equals("em", StringComparison.Ordinal)
            || w.Equals("n", StringComparison.Ordinal) || w.Equals("cause", StringComparison.Ordinal);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '—' or '–' or '“' or '‘' or '"';

    private static bool StartsWithUrl(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int ScanUntilSpace(string text, int i)
    {
        int n = text.Length;
        while (i < n && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (text[i - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?' or '”' or '"' or '\'' or '’')
        {
            i--;
        }

        return i;
    }
}
