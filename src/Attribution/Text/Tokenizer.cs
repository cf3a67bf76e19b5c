using System.Runtime.CompilerServices;
using Attribution.Lexicons;

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
internal static partial class Tokenizer
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
        var scanner = new Scanner<WithoutHashes>(text, includeWhitespace, listLineBreaks: false);
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

    /// <summary>
    /// <see cref="TokenizePooled(string, bool)"/> without white-space tokens, for the sentence pass and the stages after it: with
    /// <paramref name="hashWords"/>, each token's look-up hash (<see cref="WordFolding.Hash"/> of its text) in
    /// <paramref name="wordHashes"/>, and in <paramref name="lineBreaks"/> the gaps between tokens that hold a line break; two
    /// more pooled buffers the caller disposes too. The scanner hashes a plain word while it reads its letters (hashed again in a
    /// pass of its own afterwards, the words cost extract about 3 % more instructions), and counts the line breaks of the white
    /// space it steps over (the sentence pass would otherwise look for them again).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static PooledBuffer<Token> TokenizeDocument(
        string text, bool hashWords, out PooledBuffer<int> wordHashes, out PooledBuffer<LineBreakGap> lineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        return hashWords
            ? TokenizeDocument(new Scanner<WithHashes>(text, includeWhitespace: false, listLineBreaks: true), out wordHashes, out lineBreaks)
            : TokenizeDocument(new Scanner<WithoutHashes>(text, includeWhitespace: false, listLineBreaks: true), out wordHashes, out lineBreaks);
    }

    private static PooledBuffer<Token> TokenizeDocument<THashing>(
        Scanner<THashing> scanner, out PooledBuffer<int> wordHashes, out PooledBuffer<LineBreakGap> lineBreaks)
        where THashing : struct, IHashing
    {
        try
        {
            scanner.Run();
            wordHashes = scanner.WordHashes;
            lineBreaks = scanner.LineBreaks;
            return scanner.Tokens;
        }
        catch
        {
            scanner.Tokens.Dispose();
            scanner.WordHashes.Dispose();
            scanner.LineBreaks.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether a <see cref="Scanner{THashing}"/> hashes each token for the word tables. A type argument rather than a field, so
    /// that each scanner is compiled for its own case: the front end alone (sentences, token counts) then pays no test of
    /// whether to hash on each token, which cost the sentences path about 3 % of its instructions.
    /// </summary>
    private interface IHashing
    {
        static abstract bool HashesWords { get; }
    }

    private readonly struct WithHashes : IHashing
    {
        public static bool HashesWords => true;
    }

    private readonly struct WithoutHashes : IHashing
    {
        public static bool HashesWords => false;
    }

    private sealed partial class Scanner<THashing>
        where THashing : struct, IHashing
    {
        // A first size for the list of line breaks: news has a line break every few hundred characters (the list grows if not).
        private const int CharactersPerLineBreakEstimate = 200;

        // Longest look-ahead over white space when deciding whether s’ + word is a plural possessive.
        private const int PossessiveLookAhead = 4;

        // Longest look-ahead for the closing mark of an open single quotation past a plural possessive inside it: a long
        // quoted sentence, and a bound that keeps the scan linear however many possessives a paragraph holds.
        private const int ClosingMarkLookAhead = 400;

        private readonly string _text;
        private readonly int _n;
        private readonly bool _includeWhitespace;
        public PooledBuffer<Token> Tokens;

        /// <summary>When <typeparamref name="THashing"/> hashes words, the look-up hash of each token of <see cref="Tokens"/>, at the same index.</summary>
        public PooledBuffer<int> WordHashes;

        /// <summary>With <see cref="_listLineBreaks"/>, the gaps between tokens that hold a line break, in order (and maybe one after the last token).</summary>
        public PooledBuffer<LineBreakGap> LineBreaks;
        private readonly bool _listLineBreaks;

        /// <summary>The hash of the plain word the scanner has just read (<see cref="ScanWordStart"/>), or -1: the next emitted token's hash is then computed from its text.</summary>
        private int _plainWordHash = -1;

        private TokenKind _lastKind = TokenKind.Whitespace;
        private int _lastEnd = -1;

        // An opening single quote waits for its closing mark: s’ then closes it rather than being a possessive.
        private bool _singleQuoteOpen;

        // Cache of the last e-mail look-ahead, so that scanning stays linear on long runs such as "a.a.a.a…".
        private int _emailRunEnd = -1;
        private int _emailEnd = -1;

        public Scanner(string text, bool includeWhitespace, bool listLineBreaks)
        {
            _text = text;
            _n = text.Length;
            _includeWhitespace = includeWhitespace;
            _listLineBreaks = listLineBreaks;
            // Sized from the text so that news (about one word token per 5.5 characters, as many white-space runs)
            // never regrows: rented arrays come back from the pool, so a generous size costs nothing.
            int capacity = includeWhitespace ? text.Length / 2 : text.Length / 4;
            Tokens = new PooledBuffer<Token>(capacity);
            WordHashes = THashing.HashesWords ? new PooledBuffer<int>(capacity) : default;
            LineBreaks = listLineBreaks ? new PooledBuffer<LineBreakGap>(text.Length / CharactersPerLineBreakEstimate + 4) : default;
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
                    // One space between two tokens is most of the white space in news: stepped over without the call
                    // (it makes no token here and closes no quotation), which cost about 2 % of extract's instructions.
                    if (c == ' ' && !_includeWhitespace && !CharClass.IsSpace(At(i + 1)))
                    {
                        i++;
                        continue;
                    }

                    i = ScanWhitespace(i);
                    continue;
                }

                int end;
                TokenKind kind;
                if (c < 128)
                {
                    if (CharClass.IsAsciiLetter(c))
                    {
                        end = ScanAsciiWord(i, out kind);
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

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token: the call cost about a third of its work
        private void Emit(int start, int end, TokenKind kind)
        {
            Tokens.Add(new Token(new TextSpan(start, end), kind));
            if (THashing.HashesWords)
            {
                WordHashes.Add(_plainWordHash >= 0 ? _plainWordHash : WordFolding.Hash(_text.AsSpan(start, end - start)));
                _plainWordHash = -1;
            }

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
                if (_listLineBreaks && Tokens.Count > 0)
                {
                    LineBreaks.Add(LineBreakGap.FromCount(Tokens.Count - 1, newlines));
                }
            }

            if (_includeWhitespace)
            {
                Tokens.Add(new Token(new TextSpan(start, i), TokenKind.Whitespace, newlines));
                if (THashing.HashesWords)
                {
                    WordHashes.Add(WordFolding.Hash(_text.AsSpan(start, i - start)));
                }
            }

            return i;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private char At(int i) => (uint)i < (uint)_n ? _text[i] : '\0';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool SpaceOrEdgeAt(int i) => (uint)i >= (uint)_n || CharClass.IsSpace(_text[i]);
    }
}
