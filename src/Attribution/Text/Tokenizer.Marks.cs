using System.Globalization;

namespace Attribution.Text;

/// <summary>The tokenizer's numbers, punctuation, symbols, emoji, quote marks and apostrophes (see Tokenizer.cs).</summary>
internal static partial class Tokenizer
{
    private sealed partial class Scanner<THashing>
    {
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
                    kind = c == '\u201D' && IsOpeningCloser(i) ? TokenKind.OpeningQuote : TokenKind.ClosingQuote;
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

        /// <summary>
        /// A right double mark typed where a quotation opens: at a line start, after a space, a bracket or a dash, with a
        /// word right after it (<c>The minister said: ”It is over.”</c>), as some publishing systems and the Nordic style print
        /// both marks. Elsewhere it closes.
        /// </summary>
        private bool IsOpeningCloser(int i) =>
            (i == 0 || CharClass.IsSpace(_text[i - 1]) || IsOpeningContext(i)) && CharClass.IsLetterOrDigit(At(i + 1));

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

            // Plural possessive: farmers’ market, the Joneses' house (unless it closes an open single quote; inside one it
            // is still a possessive when the quotation's own closing mark comes later: 'The Smiths' street is gone,' she said).
            if (!spaceBefore && before is 's' or 'S' && IsFollowedByLowercaseWord(i + 1) && (!_singleQuoteOpen || SingleQuoteClosesLater(i + 1)))
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

        /// <summary>
        /// Whether the open single quotation closes after <paramref name="i"/>, in its paragraph and within
        /// <see cref="ClosingMarkLookAhead"/> characters: a single mark right after the stop or comma that ends a quotation's
        /// words (<c>left,' she said</c>) before any single mark that opens one. British news quotes in single marks, so a
        /// plural possessive inside a quotation (<c>'The Smiths' street has no homes left,' she said</c>) must not end it.
        /// </summary>
        private bool SingleQuoteClosesLater(int i)
        {
            int end = Math.Min(_n, i + ClosingMarkLookAhead);
            for (int j = i; j < end; j++)
            {
                char c = _text[j];
                if (CharClass.IsNewline(c))
                {
                    return false;
                }

                if (!IsSingleMark(c))
                {
                    continue;
                }

                char before = _text[j - 1];
                if (before is ',' or '.' or '?' or '!' && (j + 1 == _n || !CharClass.IsLetterOrDigit(_text[j + 1])))
                {
                    return true;
                }

                if (c == '\u2018' || (CharClass.IsSpace(before) && CharClass.IsLetter(At(j + 1))))
                {
                    return false; // a new quotation opens first: the mark at i closed the one before it
                }
            }

            return false;
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
