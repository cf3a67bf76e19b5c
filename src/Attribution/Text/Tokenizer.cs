using System.Globalization;

namespace Attribution.Text;

/// <summary>
/// Splits English news text into tokens in one forward pass with bounded look-ahead (no regular
/// expressions, no per-token strings). Every token is a half-open span of the caller's string; the
/// tokens and the white-space runs between them rebuild the text exactly. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Conventions (see the README section "Text front end" and <c>TokenizerConventionTests</c>):
/// hyphenated words stay whole (<c>Secretary-General</c>, <c>20-year-old</c>); a currency sign is its own
/// token (<c>$</c> + <c>3,000</c>); a number keeps its unit or suffix (<c>5.2bn</c>, <c>1990s</c>, <c>4pm</c>)
/// except <c>a.m.</c>/<c>p.m.</c>; abbreviations keep their period (<c>U.N.</c>, <c>Oct.</c>, <c>Mr.</c>, initials);
/// clitics split as in the Penn Treebank (<c>did</c> + <c>n’t</c>, <c>Hamas</c> + <c>’s</c>); elided words keep
/// their apostrophe (<c>’90s</c>, <c>’Tis</c>, <c>’n’</c>); a spaced ellipsis (<c>. . .</c>) is one token.
/// </remarks>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; white-space tokens are kept only when <paramref name="includeWhitespace"/> is set.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Token[] Tokenize(string text, bool includeWhitespace)
    {
        var tokens = TokenizePooled(text, includeWhitespace);
        try
        {
            return tokens.ToArray();
        }
        finally
        {
            tokens.Dispose();
        }
    }

    /// <summary>
    /// Tokenizes into a buffer rented from the shared array pool, which the caller returns with
    /// <see cref="PooledBuffer{T}.Dispose"/>: the pipeline reads its tokens in place instead of copying them
    /// out, so a document's tokens cost no allocation once the pool holds a buffer of that size.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static PooledBuffer<Token> TokenizePooled(string text, bool includeWhitespace)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new Scanner(text, includeWhitespace);
        try
        {
            scanner.Run();
            return scanner.Tokens;
        }
        catch
        {
            scanner.Tokens.Dispose();
            throw;
        }
    }

    private sealed class Scanner
    {
        // Longest look-ahead over white space when deciding whether s’ + word is a plural possessive.
        private const int PossessiveLookAhead = 4;

        private readonly string _text;
        private readonly int _n;
        private readonly bool _includeWhitespace;
        public PooledBuffer<Token> Tokens;

        private TokenKind _lastKind = TokenKind.Whitespace;
        private int _lastEnd = -1;

        // An opening single quote waits for its closing mark: s’ then closes it rather than being a possessive.
        private bool _singleQuoteOpen;

        // Cache of the last e-mail look-ahead, so that scanning stays linear on long runs such as "a.a.a.a…".
        private int _emailRunEnd = -1;
        private int _emailEnd = -1;

        public Scanner(string text, bool includeWhitespace)
        {
            _text = text;
            _n = text.Length;
            _includeWhitespace = includeWhitespace;
            // Sized from the text so that news (about one word token per 5.5 characters, as many white-space runs)
            // never regrows: rented arrays come back from the pool, so a generous size costs nothing.
            Tokens = new PooledBuffer<Token>(includeWhitespace ? text.Length / 2 : text.Length / 4);
        }

        public void Run()
        {
            string text = _text;
            int i = 0;
            while (i < _n)
            {
                char c = text[i];
                if (CharClass.IsSpace(c))
                {
                    i = ScanWhitespace(i);
                    continue;
                }

                int end;
                TokenKind kind;
                if (c < 128)
                {
                    if (CharClass.IsAsciiLetter(c))
                    {
                        end = ScanWordStart(i, out kind);
                    }
                    else if (CharClass.IsAsciiDigit(c))
                    {
                        end = ScanNumberStart(i, out kind);
                    }
                    else
                    {
                        end = ScanAsciiOther(i, out kind);
                    }
                }
                else if (char.IsLetter(c) || CharClass.IsSurrogateLetter(text, i))
                {
                    end = ScanWordStart(i, out kind);
                }
                else if (char.IsDigit(c))
                {
                    end = ScanNumberStart(i, out kind);
                }
                else
                {
                    end = ScanNonAsciiOther(i, out kind);
                }

                Emit(i, end, kind);
                i = end;
            }
        }

        private void Emit(int start, int end, TokenKind kind)
        {
            Tokens.Add(new Token(new TextSpan(start, end), kind));
            _lastKind = kind;
            _lastEnd = end;
            if (kind == TokenKind.OpeningQuote && IsSingleMark(_text[start]))
            {
                _singleQuoteOpen = true;
            }
            else if (kind == TokenKind.ClosingQuote && IsSingleMark(_text[start]))
            {
                _singleQuoteOpen = false;
            }
        }

        private static bool IsSingleMark(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

        private int ScanWhitespace(int i)
        {
            string text = _text;
            int start = i;
            int newlines = 0;
            while (i < _n)
            {
                char w = text[i];
                if (!CharClass.IsSpace(w))
                {
                    break;
                }

                if (CharClass.IsNewline(w))
                {
                    newlines++;
                    if (w == '\r' && i + 1 < _n && text[i + 1] == '\n')
                    {
                        i++;
                    }
                }

                i++;
            }

            if (newlines > 0)
            {
                // Quotation marks do not run across paragraphs in the possessive heuristic.
                _singleQuoteOpen = false;
            }

            if (_includeWhitespace)
            {
                Tokens.Add(new Token(new TextSpan(start, i), TokenKind.Whitespace, newlines));
            }

            return i;
        }

        private char At(int i) => (uint)i < (uint)_n ? _text[i] : '\0';

        private bool SpaceOrEdgeAt(int i) => (uint)i >= (uint)_n || CharClass.IsSpace(_text[i]);

        // ---------------------------------------------------------------- words

        private int ScanWordStart(int start, out TokenKind kind)
        {
            string text = _text;
            char c = text[start];

            // n’t split off "did", "ca", "wo" by the word before it.
            if (c is 'n' or 'N' && start > 0 && CharClass.IsLetter(text[start - 1]) && CharClass.IsApostropheMark(At(start + 1))
                && At(start + 2) is 't' or 'T' && !CharClass.IsLetterOrDigit(At(start + 3)))
            {
                kind = TokenKind.Apostrophe;
                return start + 3;
            }

            if (c is 'h' or 'H' or 'w' or 'W' or 'f' or 'F' or 'm' or 'M' && StartsUrl(start))
            {
                kind = TokenKind.Url;
                return ScanUrl(start);
            }

            kind = TokenKind.Word;
            int i = ScanWordBody(start, start, out bool multiPeriod, out bool asciiLabel);
            if (i < 0)
            {
                // The word turned out to be a bare domain (python.org, un.org).
                kind = TokenKind.Url;
                return ScanUrl(start);
            }

            if (TryEmail(start, i, out int emailEnd))
            {
                kind = TokenKind.Email;
                return emailEnd;
            }

            return multiPeriod || asciiLabel ? AttachAbbreviationPeriod(start, i, multiPeriod) : i;
        }

        /// <summary>
        /// Scans letters, digits, marks, inner hyphens, inner apostrophes (not clitics) and the inner periods
        /// of abbreviations such as <c>U.S.</c>. Returns the end, or -1 when the word is the start of a bare
        /// domain name.
        /// </summary>
        private int ScanWordBody(int start, int i, out bool multiPeriod, out bool plainWord)
        {
            string text = _text;
            multiPeriod = false;
            plainWord = true; // letters only so far: a candidate for an abbreviation period
            int segmentStart = start;
            bool segmentLetters = true;
            bool asciiLabel = true;
            while (i < _n)
            {
                char c = text[i];
                if (c < 128 ? CharClass.IsAsciiLetter(c) : char.IsLetter(c))
                {
                    asciiLabel &= c < 128;
                    i++;
                    continue;
                }

                if (CharClass.IsAsciiDigit(c) || (c >= 128 && char.IsDigit(c)))
                {
                    plainWord = false;
                    segmentLetters = false;
                    asciiLabel &= c < 128;
                    i++;
                    continue;
                }

                if (c >= 128)
                {
                    if (CharClass.IsMarkOrJoiner(c))
                    {
                        i++;
                        continue;
                    }

                    if (CharClass.IsSurrogateLetter(text, i))
                    {
                        asciiLabel = false;
                        i += 2;
                        continue;
                    }
                }

                char next = At(i + 1);
                if (CharClass.IsHyphen(c) && CharClass.IsLetterOrDigit(next))
                {
                    plainWord = false;
                    segmentLetters = false;
                    i++;
                    continue;
                }

                if (c == '_' && CharClass.IsLetterOrDigit(next))
                {
                    // OPEN_PUNCT, snake_case identifiers
                    plainWord = false;
                    asciiLabel = false;
                    i++;
                    continue;
                }

                if (c == '&' && CharClass.IsUpper(text[i - 1]) && CharClass.IsUpper(next) && c < 128)
                {
                    // AT&T, S&P
                    plainWord = false;
                    i++;
                    continue;
                }

                if (CharClass.IsApostropheMark(c) && CharClass.IsLetter(next))
                {
                    if (IsCliticAt(i))
                    {
                        return i;
                    }

                    if ((next is 't' or 'T') && !CharClass.IsLetter(At(i + 2)) && text[i - 1] is 'n' or 'N' && i - 1 > start)
                    {
                        return i - 1; // did|n’t
                    }

                    plainWord = false;
                    asciiLabel = false;
                    i++;
                    continue;
                }

                if (c == '.')
                {
                    int segmentLength = i - segmentStart;
                    if (segmentLetters && segmentLength <= 2 && IsAbbreviationSegmentAt(i + 1))
                    {
                        // U.S., e.g., Ph.D.: consume ".X" segments and keep going; the final period is attached later.
                        multiPeriod = true;
                        i++;
                        while (CharClass.IsLetter(text[i]) && At(i + 1) == '.' && CharClass.IsLetter(At(i + 2)) && At(i + 3) == '.')
                        {
                            i += 2;
                        }

                        segmentStart = i;
                        continue;
                    }

                    if (asciiLabel && !multiPeriod && IsBareDomainSuffixAt(i + 1))
                    {
                        return -1;
                    }
                }

                break;
            }

            plainWord &= !multiPeriod;
            return i;
        }

        /// <summary>Whether a 1–2 letter segment followed by a period starts at <paramref name="i"/> (the S. of U.S.).</summary>
        private bool IsAbbreviationSegmentAt(int i)
        {
            if (!CharClass.IsLetter(At(i)))
            {
                return false;
            }

            if (At(i + 1) == '.')
            {
                return true;
            }

            return CharClass.IsLetter(At(i + 1)) && At(i + 2) == '.' && !CharClass.IsLetter(At(i + 3));
        }

        private bool IsBareDomainSuffixAt(int i)
        {
            int j = i;
            while (j < _n && j - i < 8 && CharClass.IsAsciiLetter(_text[j]))
            {
                j++;
            }

            if (j == i || (j < _n && CharClass.IsLetterOrDigit(_text[j])))
            {
                return false;
            }

            return FrontEndLexicon.BareDomainSuffixes.Contains(_text.AsSpan(i, j - i));
        }

        private bool IsCliticAt(int apostrophe)
        {
            int j = apostrophe + 1;
            while (j < _n && j - apostrophe <= 3 && CharClass.IsLetter(_text[j]))
            {
                j++;
            }

            return !CharClass.IsLetterOrDigit(At(j)) && FrontEndLexicon.Clitics.Contains(_text.AsSpan(apostrophe + 1, j - apostrophe - 1));
        }

        /// <summary>Keeps the period of an abbreviation, an initial or a multi-period abbreviation inside the word.</summary>
        private int AttachAbbreviationPeriod(int start, int end, bool multiPeriod)
        {
            if (At(end) != '.' || At(end + 1) == '.')
            {
                // "N°" (numero) is a word of its own, with or without its period.
                if (end - start == 1 && _text[start] is 'N' or 'n' && At(end) is '\u00B0' or '\u00BA')
                {
                    return At(end + 1) == '.' && At(end + 2) != '.' ? end + 2 : end + 1;
                }

                return end;
            }

            if (CharClass.IsLetterOrDigit(At(end + 1)) && !multiPeriod)
            {
                return end; // best.Known, Tuesday.Mr.
            }

            if (multiPeriod)
            {
                return end + 1;
            }

            var word = _text.AsSpan(start, end - start);
            if (word.Length == 1 && CharClass.IsLetter(word[0]))
            {
                return end + 1; // initials and list letters: E. Smith, a.
            }

            if (FrontEndLexicon.NumberAbbreviations.Contains(word))
            {
                int k = end + 1;
                while (k < _n && k - end <= 2 && _text[k] == ' ')
                {
                    k++;
                }

                return CharClass.IsAsciiDigit(At(k)) ? end + 1 : end;
            }

            return FrontEndLexicon.Abbreviations.Contains(word) ? end + 1 : end;
        }

        // ---------------------------------------------------------------- e-mail and URLs

        /// <summary>Whether an e-mail address starts at <paramref name="start"/>; <paramref name="wordEnd"/> is where the word scan stopped.</summary>
        private bool TryEmail(int start, int wordEnd, out int emailEnd)
        {
            emailEnd = -1;
            char stop = At(wordEnd);
            if (stop != '@' && (stop is not ('.' or '_' or '%' or '+' or '-') || !IsEmailLocalChar(At(wordEnd + 1))))
            {
                return false; // the address would have to go on past the stop character
            }

            if (start >= _emailRunEnd)
            {
                int j = start;
                while (j < _n && IsEmailLocalChar(_text[j]))
                {
                    j++;
                }

                _emailRunEnd = j;
                _emailEnd = At(j) == '@' && j > start ? ScanEmailDomain(j + 1) : -1;
            }

            emailEnd = _emailEnd;
            return emailEnd > 0;
        }

        private static bool IsEmailLocalChar(char c) => CharClass.IsAsciiLetter(c) || CharClass.IsAsciiDigit(c) || c is '.' or '_' or '%' or '+' or '-';

        /// <summary>Scans dot-separated domain labels; returns their end, or -1 unless there are two labels and the last has letters.</summary>
        private int ScanEmailDomain(int i)
        {
            int labels = 0;
            int end = -1;
            while (i < _n)
            {
                int labelStart = i;
                bool letters = false;
                while (i < _n && (CharClass.IsAsciiLetter(_text[i]) || CharClass.IsAsciiDigit(_text[i]) || _text[i] == '-'))
                {
                    letters |= CharClass.IsAsciiLetter(_text[i]);
                    i++;
                }

                if (i == labelStart)
                {
                    break;
                }

                labels++;
                if (labels >= 2 && letters && i - labelStart >= 2)
                {
                    end = i;
                }

                if (At(i) == '.' && CharClass.IsLetterOrDigit(At(i + 1)))
                {
                    i++;
                    continue;
                }

                break;
            }

            return end;
        }

        private bool StartsUrl(int i)
        {
            var rest = _text.AsSpan(i, Math.Min(8, _n - i));
            return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && CharClass.IsLetterOrDigit(At(i + 4)))
                || (rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && CharClass.IsLetterOrDigit(At(i + 7)));
        }

        /// <summary>Scans a URL up to white space or a character that cannot be in one, then gives back trailing punctuation and unbalanced brackets.</summary>
        private int ScanUrl(int start)
        {
            string text = _text;
            int i = start;
            int depth = 0;
            while (i < _n)
            {
                char c = text[i];
                if (CharClass.IsSpace(c) || c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u2026' || char.IsControl(c))
                {
                    break;
                }

                if (c is '(' or '[')
                {
                    depth++;
                }
                else if (c is ')' or ']')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }

                i++;
            }

            while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                i--;
            }

            return i;
        }

        // ---------------------------------------------------------------- numbers

        private int ScanNumberStart(int start, out TokenKind kind)
        {
            kind = TokenKind.Number;
            int i = ScanNumberBody(start, out bool compound);
            if (compound)
            {
                // 20-year-old, 6,000-year: a hyphenated compound led by a number is a word.
                kind = TokenKind.Word;
                i = ScanWordBody(start, i, out _, out _);
                if (i < 0)
                {
                    kind = TokenKind.Url;
                    return ScanUrl(start);
                }
            }

            if (TryEmail(start, i, out int emailEnd))
            {
                kind = TokenKind.Email;
                return emailEnd;
            }

            return i;
        }

        private int ScanNumberBody(int i, out bool compound)
        {
            string text = _text;
            compound = false;
            while (i < _n)
            {
                char c = text[i];
                if (CharClass.IsDigit(c))
                {
                    i++;
                    continue;
                }

                char next = At(i + 1);
                if (c is '.' or ',' or ':' or '/' && CharClass.IsAsciiDigit(next) && CharClass.IsDigit(text[i - 1]))
                {
                    i++;
                    continue;
                }

                if (CharClass.IsLetter(c))
                {
                    // 12a.m. splits; 5.2bn, 1990s, 3rd, 10km stay whole.
                    if (c is 'a' or 'A' or 'p' or 'P' && next == '.' && At(i + 2) is 'm' or 'M' && At(i + 3) == '.')
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                if (CharClass.IsHyphen(c) && CharClass.IsLetter(next))
                {
                    compound = true;
                }

                break;
            }

            return i;
        }

        // ---------------------------------------------------------------- punctuation, quotes, symbols

        private int ScanAsciiOther(int i, out TokenKind kind)
        {
            string text = _text;
            char c = text[i];
            char next = At(i + 1);
            switch (c)
            {
                case '.':
                    return ScanPeriod(i, out kind);
                case ',' or ';' or ':' or '?' or '!' or '(' or ')' or '[' or ']' or '{' or '}':
                    kind = TokenKind.Punctuation;
                    return i + 1;
                case '"':
                    kind = ClassifyStraightQuote(i, 1);
                    return i + 1;
                case '\'':
                    if (next == '\'')
                    {
                        kind = ClassifyStraightQuote(i, 2); // '' used as a double quote mark
                        return i + 2;
                    }

                    return ScanSingleMark(i, out kind);
                case '`':
                    kind = TokenKind.OpeningQuote;
                    return next == '`' ? i + 2 : i + 1;
                case '-':
                    kind = TokenKind.Dash;
                    return RunOf(i, '-');
                case '@' or '#':
                    return ScanHandleOrHashtag(i, out kind);
                case '_':
                    kind = TokenKind.Punctuation;
                    return i + 1;
            }

            if (c < ' ' || c == '\u007F')
            {
                kind = TokenKind.Symbol; // control characters, NUL included: one symbol each
                return i + 1;
            }

            kind = c is '/' or '\\' or '*' ? TokenKind.Punctuation : TokenKind.Symbol;
            return i + 1;
        }

        private int RunOf(int i, char c)
        {
            int j = i + 1;
            while (j < _n && _text[j] == c)
            {
                j++;
            }

            return j;
        }

        private int ScanPeriod(int i, out TokenKind kind)
        {
            kind = TokenKind.Punctuation;
            char next = At(i + 1);
            if (next == '.')
            {
                return RunOf(i, '.'); // .. ... ....
            }

            if (CharClass.IsAsciiDigit(next) && (i == 0 || !CharClass.IsLetterOrDigit(_text[i - 1])))
            {
                kind = TokenKind.Number; // .5
                return ScanNumberBody(i + 1, out _);
            }

            // A spaced ellipsis ". . ." (or ". . . .") that does not hang off a word is one token.
            if ((i == 0 || CharClass.IsSpace(_text[i - 1])) && next == ' ' && At(i + 2) == '.' && At(i + 3) == ' ' && At(i + 4) == '.' && At(i + 5) != '.')
            {
                return At(i + 5) == ' ' && At(i + 6) == '.' && At(i + 7) != '.' ? i + 7 : i + 5;
            }

            return i + 1;
        }

        private int ScanHandleOrHashtag(int i, out TokenKind kind)
        {
            int j = i + 1;
            bool letters = false;
            while (j < _n)
            {
                char c = _text[j];
                if (c == '_' || CharClass.IsAsciiDigit(c))
                {
                    j++;
                }
                else if (CharClass.IsLetter(c) || (c >= 128 && CharClass.IsMarkOrJoiner(c)))
                {
                    letters = true;
                    j++;
                }
                else
                {
                    break;
                }
            }

            bool atSign = _text[i] == '@';
            if (letters && (!atSign || !CharClass.IsLetterOrDigit(At(i - 1))))
            {
                kind = atSign ? TokenKind.Handle : TokenKind.Hashtag;
                return j;
            }

            kind = TokenKind.Symbol;
            return i + 1;
        }

        private int ScanNonAsciiOther(int i, out TokenKind kind)
        {
            string text = _text;
            char c = text[i];
            switch (c)
            {
                case '\u201C' or '\u00AB' or '\u201E' or '\u2039' or '\u201F':
                    kind = TokenKind.OpeningQuote;
                    return i + 1;
                case '\u201D' or '\u00BB' or '\u203A':
                    kind = TokenKind.ClosingQuote;
                    return i + 1;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B':
                    return ScanSingleMark(i, out kind);
                case '\u2026':
                    kind = TokenKind.Punctuation;
                    return RunOf(i, c);
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B' or '\u2212' when c != '\u2212' || !CharClass.IsDigit(At(i + 1)):
                    kind = TokenKind.Dash;
                    return RunOf(i, c);
            }

            if (char.IsSurrogate(c))
            {
                kind = TokenKind.Symbol;
                if (char.IsHighSurrogate(c) && i + 1 < _n && char.IsLowSurrogate(text[i + 1]))
                {
                    return ScanEmojiTail(i, i + 2);
                }

                return i + 1; // a lone surrogate is a symbol of its own
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (category)
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    kind = TokenKind.Symbol;
                    return ScanMarks(i + 1);
                case UnicodeCategory.OtherSymbol:
                    kind = TokenKind.Symbol;
                    return ScanEmojiTail(i, i + 1);
                case UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                    or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation:
                    kind = CharClass.IsBullet(c) || c is '\u00A7' or '\u00B6' or '\u2020' or '\u2021' or '\u2030' ? TokenKind.Symbol : TokenKind.Punctuation;
                    return ScanMarks(i + 1);
                default:
                    kind = TokenKind.Symbol;
                    return ScanMarks(i + 1);
            }
        }

        private int ScanMarks(int i)
        {
            while (i < _n && _text[i] >= 0x300 && CharClass.IsMarkOrJoiner(_text[i]) && _text[i] != '\u200D')
            {
                i++;
            }

            return i;
        }

        /// <summary>Extends an emoji with its variation selectors, skin tones, keycap, tag characters, ZWJ sequence or second regional indicator.</summary>
        private int ScanEmojiTail(int start, int i)
        {
            string text = _text;
            bool regionalIndicator = IsRegionalIndicatorAt(start);
            if (regionalIndicator && IsRegionalIndicatorAt(i))
            {
                return i + 2; // a flag: two regional indicators
            }

            while (i < _n)
            {
                char c = text[i];
                if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
                {
                    i++;
                }
                else if (c == '\uD83C' && i + 1 < _n && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
                {
                    i += 2; // skin tone
                }
                else if (c == '\uDB40' && i + 1 < _n && text[i + 1] is >= '\uDC20' and <= '\uDC7F')
                {
                    i += 2; // tag sequence (subdivision flags)
                }
                else if (c == '\u200D' && i + 1 < _n && IsEmojiBaseAt(i + 1))
                {
                    i += char.IsHighSurrogate(text[i + 1]) ? 3 : 2;
                }
                else if (c >= 0x300 && c != '\u200D' && CharClass.IsMarkOrJoiner(c))
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

        private bool IsRegionalIndicatorAt(int i) =>
            i + 1 < _n && _text[i] == '\uD83C' && _text[i + 1] is >= '\uDDE6' and <= '\uDDFF';

        private bool IsEmojiBaseAt(int i)
        {
            char c = _text[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 < _n && char.IsLowSurrogate(_text[i + 1]) && !char.IsLetter(_text, i);
            }

            return c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
        }

        // ---------------------------------------------------------------- quote marks and apostrophes

        /// <summary>Classifies a straight quote mark of <paramref name="length"/> code units at <paramref name="i"/> by its neighbours.</summary>
        private TokenKind ClassifyStraightQuote(int i, int length)
        {
            bool spaceBefore = i == 0 || CharClass.IsSpace(_text[i - 1]);
            bool openerBefore = !spaceBefore && IsOpeningContext(i);
            char after = At(i + length);
            bool spaceAfter = SpaceOrEdgeAt(i + length);

            if (!spaceBefore && !openerBefore && (spaceAfter || CharClass.IsClosingPunctuation(after) || CharClass.IsDashChar(after)
                || CharClass.IsClosingQuoteChar(after) || after is '"' or '\'' or '\u2019'))
            {
                return TokenKind.ClosingQuote;
            }

            if ((spaceBefore || openerBefore) && !spaceAfter && !CharClass.IsClosingPunctuation(after))
            {
                return TokenKind.OpeningQuote;
            }

            // said,"We  /  replied:"No
            if (!spaceBefore && !spaceAfter && _text[i - 1] is ',' or ':' && CharClass.IsLetterOrDigit(after))
            {
                return TokenKind.OpeningQuote;
            }

            return TokenKind.AmbiguousQuote;
        }

        /// <summary>Whether the character before <paramref name="i"/> (not white space) leaves a quote mark in opening position.</summary>
        private bool IsOpeningContext(int i)
        {
            char before = _text[i - 1];
            if (CharClass.IsOpeningBracket(before) || CharClass.IsDashChar(before) || CharClass.IsOpeningQuoteChar(before))
            {
                return true;
            }

            // A mark right after an opening quote token opens too ("" or "').
            return _lastEnd == i && _lastKind == TokenKind.OpeningQuote;
        }

        /// <summary>A single quote mark: apostrophe (clitic, elision, plural possessive) or quote.</summary>
        private int ScanSingleMark(int i, out TokenKind kind)
        {
            string text = _text;
            char c = text[i];
            char before = i > 0 ? text[i - 1] : ' ';
            char next = At(i + 1);
            bool spaceBefore = i == 0 || CharClass.IsSpace(before);
            bool apostropheShape = c is '\'' or '\u2019';

            // Clitic after its host: Hamas’s, I’m, 1990’s, Jr.'s
            if (apostropheShape && !spaceBefore && (CharClass.IsLetterOrDigit(before) || (before == '.' && _lastKind == TokenKind.Word)) && IsCliticAt(i))
            {
                kind = TokenKind.Apostrophe;
                int j = i + 1;
                while (j < _n && CharClass.IsLetter(text[j]))
                {
                    j++;
                }

                return j;
            }

            // Elision at the start of a word: ’90s, ’Tis, 'em, ’n’ (rock ’n’ roll)
            if (c is '\'' or '\u2019' or '\u2018' && (spaceBefore || IsOpeningContext(i)) && CharClass.IsLetterOrDigit(next))
            {
                int elisionEnd = ElisionEnd(i + 1);
                if (elisionEnd > 0)
                {
                    kind = CharClass.IsAsciiDigit(next) ? TokenKind.Number : TokenKind.Word;
                    return elisionEnd;
                }
            }

            if (c is '\u2018' or '\u201A' or '\u201B')
            {
                kind = TokenKind.OpeningQuote;
                return i + 1;
            }

            // Plural possessive: farmers’ market, the Joneses' house (unless it closes an open single quote).
            if (!spaceBefore && before is 's' or 'S' && !_singleQuoteOpen && IsFollowedByLowercaseWord(i + 1))
            {
                kind = TokenKind.Apostrophe;
                return i + 1;
            }

            if (c == '\u2019')
            {
                kind = spaceBefore ? TokenKind.AmbiguousQuote : TokenKind.ClosingQuote;
                return i + 1;
            }

            kind = ClassifyStraightQuote(i, 1);
            return i + 1;
        }

        /// <summary>The end of an elided word starting at <paramref name="i"/> (after the apostrophe), or -1.</summary>
        private int ElisionEnd(int i)
        {
            int j = i;
            while (j < _n && j - i <= 6 && CharClass.IsLetterOrDigit(_text[j]))
            {
                j++;
            }

            if (CharClass.IsLetterOrDigit(At(j)) || j - i > 6)
            {
                return -1;
            }

            var word = _text.AsSpan(i, j - i);
            bool decade = (word.Length == 2 && CharClass.IsAsciiDigit(word[0]) && CharClass.IsAsciiDigit(word[1]))
                || (word.Length == 3 && CharClass.IsAsciiDigit(word[0]) && CharClass.IsAsciiDigit(word[1]) && word[2] == 's');
            if (decade)
            {
                return j;
            }

            if (!FrontEndLexicon.ElidedWords.Contains(word))
            {
                return -1;
            }

            if (word.Length == 1)
            {
                // ’n’ needs its closing apostrophe: rock ’n’ roll.
                return CharClass.IsApostropheMark(At(j)) && !CharClass.IsLetterOrDigit(At(j + 1)) ? j + 1 : -1;
            }

            return j;
        }

        private bool IsFollowedByLowercaseWord(int i)
        {
            int j = i;
            while (j < _n && j - i < PossessiveLookAhead && (_text[j] == ' ' || _text[j] == '\u00A0'))
            {
                j++;
            }

            return j > i && j < _n && CharClass.IsLower(_text[j]);
        }
    }
}
