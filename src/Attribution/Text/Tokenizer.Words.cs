using System.Diagnostics;
using System.Runtime.CompilerServices;
using Attribution.Lexicons;

namespace Attribution.Text;

/// <summary>The tokenizer's words, abbreviations, e-mail addresses and URLs (see Tokenizer.cs).</summary>
internal static partial class Tokenizer
{
    private sealed partial class Scanner<THashing>
    {
        // ---------------------------------------------------------------- words

        /// <summary>
        /// A word that starts with an ASCII letter. Only <c>n</c> (<c>n’t</c>) and <c>h w f m</c> (<c>http</c>, <c>www.</c>, <c>ftp</c>,
        /// <c>mailto:</c>) can start anything but a word, so a word starting with any other letter goes straight to its letters:
        /// inlined in the scanner's loop, a plain word costs neither a call nor those tests (about 8 % of the front end's instructions).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int ScanAsciiWord(int start, out TokenKind kind) =>
            CanStartCliticOrUrl(_text[start]) ? ScanWordStart(start, out kind) : ScanLetters(start, out kind);

        /// <summary>Whether the ASCII letter <paramref name="c"/> can start a clitic or a URL (<see cref="ScanWordStart"/>'s first two tests).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool CanStartCliticOrUrl(char c) => ((ClitOrUrlFirstLetters >> ((c | 0x20) - 'a')) & 1) != 0;

        /// <summary>The letters <c>n h w f m</c>, one bit each from <c>a</c>, in either case (<see cref="CanStartCliticOrUrl"/>).</summary>
        private const uint ClitOrUrlFirstLetters = (1u << ('n' - 'a')) | (1u << ('h' - 'a')) | (1u << ('w' - 'a')) | (1u << ('f' - 'a')) | (1u << ('m' - 'a'));

        [MethodImpl(MethodImplOptions.NoInlining)] // the general start of a word; plain ones take ScanAsciiWord's inlined path
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

            return ScanLetters(start, out kind);
        }

        /// <summary>
        /// A word from its first character on: most words are ASCII letters up to a space or a mark that no step below takes,
        /// and such a word ends there, without the word-body, e-mail and abbreviation-period steps (about 4 % of extract's
        /// instructions); any other goes on in <see cref="ScanWordRest"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int ScanLetters(int start, out TokenKind kind)
        {
            kind = TokenKind.Word;
            int lettersEnd;
            uint hash = WordFolding.HashSeed;
            if (THashing.HashesWords)
            {
                lettersEnd = SkipAsciiLettersHashing(start, ref hash);
            }
            else
            {
                lettersEnd = SkipAsciiLetters(start);
            }

            if ((uint)lettersEnd >= (uint)_text.Length || EndsPlainWord(_text[lettersEnd]))
            {
                if (THashing.HashesWords)
                {
                    _plainWordHash = WordFolding.Finish(hash);
                }

                return lettersEnd;
            }

            return ScanWordRest(start, lettersEnd, out kind);
        }

        /// <summary>
        /// The rest of a word that goes on past its first run of ASCII letters (ending at <paramref name="lettersEnd"/>):
        /// digits, marks, inner joiners and periods, or an e-mail address or domain. Kept out of <see cref="ScanWordStart"/>,
        /// whose plain words then need none of its locals.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int ScanWordRest(int start, int lettersEnd, out TokenKind kind)
        {
            kind = TokenKind.Word;
            int i = ScanWordBody(start, lettersEnd, out bool multiPeriod, out bool asciiLabel);
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
            var word = new WordScan(start, i);
            while (true)
            {
                // Most of a word is ASCII letters, which change nothing but the position: skipped in one tight loop.
                word.Position = SkipAsciiLetters(word.Position);
                if (word.Position >= _n)
                {
                    break;
                }

                char c = _text[word.Position];
                if (c < 128 && EndsWordAlways(c))
                {
                    break; // white space, most punctuation: none of the steps below would take it
                }

                if (TakeWordCharacter(c, ref word) || TakeInnerJoiner(c, ref word))
                {
                    continue;
                }

                var step = c == '.' ? TakeInnerPeriod(ref word) : TakeInnerApostrophe(c, ref word);
                if (step == WordStep.Continue)
                {
                    continue;
                }

                if (step == WordStep.Ended)
                {
                    multiPeriod = word.MultiPeriod;
                    plainWord = word.PlainWord;
                    return word.End;
                }

                break;
            }

            multiPeriod = word.MultiPeriod;
            plainWord = word.PlainWord && !word.MultiPeriod;
            return word.Position;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // at the start of every word
        private int SkipAsciiLetters(int i)
        {
            string text = _text;
            while ((uint)i < (uint)text.Length && CharClass.IsAsciiLetter(text[i]))
            {
                i++;
            }

            return i;
        }

        /// <summary>
        /// <see cref="SkipAsciiLetters"/> that also folds the letters into <paramref name="hash"/> as <see cref="WordFolding.Hash"/>
        /// does (an ASCII letter folds to its lower case): the word's hash costs three instructions a letter here, where the
        /// letter is already loaded, instead of a second pass over the text.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int SkipAsciiLettersHashing(int i, ref uint hash)
        {
            string text = _text;
            uint h = hash;
            while ((uint)i < (uint)text.Length && CharClass.IsAsciiLetter(text[i]))
            {
                h = WordFolding.Step(h, (char)(text[i] | 0x20));
                i++;
            }

            hash = h;
            return i;
        }

        /// <summary>
        /// An ASCII character that no step of <see cref="ScanWordBody"/> takes: not a letter or digit, and not a
        /// hyphen, underscore or ampersand (inner joiners), period or apostrophe.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool EndsWordAlways(char c) =>
            !CharClass.IsAsciiLetter(c) && !CharClass.IsAsciiDigit(c) && c is not ('-' or '_' or '&' or '.' or '\'');

        /// <summary>
        /// Whether the character <paramref name="c"/> that ends a run of ASCII letters also ends the word as it stands: an
        /// ASCII character that no step of <see cref="ScanWordBody"/> takes (<see cref="EndsWordAlways"/>) and not one an e-mail
        /// address goes on past (<see cref="TryEmail"/>: <c>@ % +</c>); nor can it be an abbreviation's period
        /// (<see cref="AttachAbbreviationPeriod"/> needs <c>.</c>). One bit test, as it is asked after every word.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool EndsPlainWord(char c)
        {
            Debug.Assert(!CharClass.IsAsciiLetter(c), "asked only where a run of ASCII letters stopped");
            return c < 128 && ((uint)(c - FirstGoesOnChar) >= 64 || ((GoesOnAfterLetters >> (c - FirstGoesOnChar)) & 1) == 0);
        }

        /// <summary>The lowest of the characters in <see cref="GoesOnAfterLetters"/>.</summary>
        private const char FirstGoesOnChar = '%';

        /// <summary>
        /// The ASCII characters other than letters that may go on with a word after its letters, one bit each from
        /// <see cref="FirstGoesOnChar"/> (all lie within 64 of it): digits, the inner joiners <c>- _ &amp;</c>, the period, the
        /// apostrophe and the e-mail characters <c>@ % +</c>.
        /// </summary>
        private const ulong GoesOnAfterLetters =
            (0x3FFUL << ('0' - FirstGoesOnChar))
            | (1UL << ('-' - FirstGoesOnChar)) | (1UL << ('_' - FirstGoesOnChar)) | (1UL << ('&' - FirstGoesOnChar))
            | (1UL << ('.' - FirstGoesOnChar)) | (1UL << ('\'' - FirstGoesOnChar))
            | (1UL << ('@' - FirstGoesOnChar)) | (1UL << ('%' - FirstGoesOnChar)) | (1UL << ('+' - FirstGoesOnChar));

        /// <summary>A letter, digit, combining mark, joiner or astral letter continues the word.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TakeWordCharacter(char c, ref WordScan word)
        {
            if (c < 128 ? CharClass.IsAsciiLetter(c) : char.IsLetter(c))
            {
                word.AsciiLabel &= c < 128;
                word.Position++;
                return true;
            }

            if (CharClass.IsAsciiDigit(c) || (c >= 128 && char.IsDigit(c)))
            {
                word.PlainWord = false;
                word.SegmentLetters = false;
                word.AsciiLabel &= c < 128;
                word.Position++;
                return true;
            }

            if (c >= 128)
            {
                if (CharClass.IsMarkOrJoiner(c))
                {
                    word.Position++;
                    return true;
                }

                if (CharClass.IsSurrogateLetter(_text, word.Position))
                {
                    word.AsciiLabel = false;
                    word.Position += 2;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A hyphen or underscore between word characters, or <c>&amp;</c> between capitals (AT&amp;T), continues the word.</summary>
        private bool TakeInnerJoiner(char c, ref WordScan word)
        {
            int i = word.Position;
            char next = At(i + 1);
            if (CharClass.IsHyphen(c) && CharClass.IsLetterOrDigit(next))
            {
                // A party letter before a state's abbreviation (D-N.Y., R-S.C.): the state opens a new segment, so its
                // periods stay inside the word as in N.Y. alone; any other hyphen ends the letters-only segment.
                bool partyLetter = i - word.Start == 1 && word.SegmentStart == word.Start && char.IsUpper(_text[word.Start]) && char.IsUpper(next);
                word.PlainWord = false;
                word.SegmentLetters = partyLetter;
                word.Position++;
                if (partyLetter)
                {
                    word.SegmentStart = word.Position;
                }

                return true;
            }

            if (c == '_' && CharClass.IsLetterOrDigit(next))
            {
                // OPEN_PUNCT, snake_case identifiers
                word.PlainWord = false;
                word.AsciiLabel = false;
                word.Position++;
                return true;
            }

            if (c == '&' && CharClass.IsUpper(_text[i - 1]) && CharClass.IsUpper(next) && c < 128)
            {
                // AT&T, S&P
                word.PlainWord = false;
                word.Position++;
                return true;
            }

            return false;
        }

        /// <summary>
        /// An apostrophe before a letter: a clitic (’s, ’re) or n’t ends the word before it; any other
        /// (O’Brien, rock’n’roll) stays inside.
        /// </summary>
        private WordStep TakeInnerApostrophe(char c, ref WordScan word)
        {
            int i = word.Position;
            char next = At(i + 1);
            if (!CharClass.IsApostropheMark(c) || !CharClass.IsLetter(next))
            {
                return WordStep.Stop;
            }

            if (IsCliticAt(i))
            {
                return word.EndAt(i);
            }

            if ((next is 't' or 'T') && !CharClass.IsLetter(At(i + 2)) && _text[i - 1] is 'n' or 'N' && i - 1 > word.Start)
            {
                return word.EndAt(i - 1); // did|n’t
            }

            word.PlainWord = false;
            word.AsciiLabel = false;
            word.Position++;
            return WordStep.Continue;
        }

        /// <summary>
        /// A period after a segment of one or two letters that starts another such segment (U.S., e.g., Ph.D.)
        /// stays inside the word, the final period being attached later; a period before a known domain suffix
        /// (un.org) makes the word a bare domain.
        /// </summary>
        private WordStep TakeInnerPeriod(ref WordScan word)
        {
            int i = word.Position;
            int segmentLength = i - word.SegmentStart;
            if (word.SegmentLetters && segmentLength <= 2 && IsAbbreviationSegmentAt(i + 1))
            {
                word.MultiPeriod = true;
                i++;
                while (CharClass.IsLetter(_text[i]) && At(i + 1) == '.' && CharClass.IsLetter(At(i + 2)) && At(i + 3) == '.')
                {
                    i += 2;
                }

                word.Position = i;
                word.SegmentStart = i;
                return WordStep.Continue;
            }

            if (word.AsciiLabel && !word.MultiPeriod && IsBareDomainSuffixAt(i + 1))
            {
                return word.EndAt(-1);
            }

            return WordStep.Stop;
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

        /// <summary>
        /// <c>wrote on X.</c>, <c>posted to X.</c>, <c>via X.</c>: the social network's one-letter name after its preposition, whose
        /// period ends the sentence (an initial after <c>on</c> would be a name's first, <c>on X. Tate</c>, which news does not write).
        /// </summary>
        private bool IsPlatformX(int start)
        {
            if (_text[start] != 'X' || start < 4 || _text[start - 1] != ' ')
            {
                return false;
            }

            int wordEnd = start - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && CharClass.IsLetter(_text[wordStart - 1]) && wordEnd - wordStart < 3)
            {
                wordStart--;
            }

            var before = _text.AsSpan(wordStart, wordEnd - wordStart);
            bool wordBoundary = wordStart == 0 || !CharClass.IsLetter(_text[wordStart - 1]);
            return wordBoundary && (before.SequenceEqual("on") || before.SequenceEqual("to") || before.SequenceEqual("via"));
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
            if (word.Length == 1 && CharClass.IsLetter(word[0]) && !IsPlatformX(start))
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
            // Every prefix below has t, w or a second (http, https, ftp, www., mailto:): other words need no comparison.
            if ((At(i + 1) | 0x20) is not ('t' or 'w' or 'a'))
            {
                return false;
            }

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

        /// <summary>What one step of <see cref="ScanWordBody"/> made of the character at the scan position.</summary>
        private enum WordStep
        {
            /// <summary>Not part of the word: the word ends before it.</summary>
            Stop,

            /// <summary>Taken into the word; the scan goes on.</summary>
            Continue,

            /// <summary>The word ends at <see cref="WordScan.End"/> (-1: a bare domain, scanned as a URL).</summary>
            Ended,
        }

        /// <summary>The state of one word scan: where it is and what the word has held so far.</summary>
        private struct WordScan(int start, int position)
        {
            public readonly int Start = start;
            public int Position = position;

            // Where the current period-separated segment began, and whether it has only letters (the S of U.S.).
            public int SegmentStart = start;
            public bool SegmentLetters = true;

            // Only ASCII letters and digits so far: could be a domain label (python.org).
            public bool AsciiLabel = true;

            // Letters only so far: a candidate for an abbreviation period.
            public bool PlainWord = true;
            public bool MultiPeriod;
            public int End;

            public WordStep EndAt(int end)
            {
                End = end;
                return WordStep.Ended;
            }
        }
    }
}
