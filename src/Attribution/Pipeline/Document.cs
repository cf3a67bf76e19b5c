using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Quotes;
using Attribution.Text;

namespace Attribution.Pipeline;

/// <summary>
/// The analysed form of one document that the internal stages share: the text, its non-white-space
/// tokens, sentences and paragraphs. Built once per document by <see cref="DocumentAnalyzer"/>; not
/// shared across threads. Its per-token sentence index is rented from the shared array pool and goes
/// back on <see cref="Dispose"/>, after the last stage has run, with the token buffer.
/// </summary>
internal sealed class Document : IDisposable
{
    private int[]? _sentenceOfToken;
    private PooledBuffer<int> _wordHashes;
    private byte[]? _wordClasses;
    private uint[]? _wordTags;
    private LexiconSet? _wordTagsLexicons;
    private byte[]? _wordRoles;
    private LexiconSet? _wordRolesLexicons;
    private PooledBuffer<Token> _tokens;
    private PooledBuffer<Sentence> _sentences;
    private PooledBuffer<Paragraph> _paragraphs;
    private DocumentPositions? _positions;
    private QuoteLayout? _quoteLayout;
    private TokenReader? _reader;

    /// <param name="text">The document's text.</param>
    /// <param name="tokens">Its tokens without white space; the document owns the buffer from here on.</param>
    /// <param name="wordHashes">
    /// Each token's <see cref="WordFolding.Hash"/>, at the token's index (<see cref="Tokenizer.TokenizeDocument"/>),
    /// owned likewise; or <c>default</c>, and the hashes are computed on first use.
    /// </param>
    /// <param name="sentences">Its sentences; owned likewise.</param>
    /// <param name="paragraphs">Its paragraphs; owned likewise.</param>
    /// <param name="publicationDate">The date relative times are resolved against, if known.</param>
    public Document(string text, PooledBuffer<Token> tokens, PooledBuffer<int> wordHashes, PooledBuffer<Sentence> sentences, PooledBuffer<Paragraph> paragraphs, DateOnly? publicationDate)
    {
        Text = text;
        _tokens = tokens;
        _wordHashes = wordHashes;
        _sentences = sentences;
        _paragraphs = paragraphs;
        PublicationDate = publicationDate;
    }

    public string Text { get; }

    /// <summary>
    /// The tokens without white space, in order. Gaps between spans are white space. They live in a buffer
    /// rented from the shared array pool (no per-document token array), so they are read in place and must
    /// not be kept past <see cref="Dispose"/>.
    /// </summary>
    public ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens.AsSpan();
    }

    /// <summary>
    /// The array that holds <see cref="Tokens"/> (its first <c>Tokens.Length</c> items), for <c>TokenReader</c>, which
    /// keeps it in a field: reading a token through the pooled buffer's struct on every question cost several loads and
    /// checks each time. Like <see cref="Tokens"/>, not to be kept past <see cref="Dispose"/>.
    /// </summary>
    internal Token[] TokenArray => _tokens.Items;

    /// <summary>The sentences, in order; read in place from a pooled buffer like <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan();

    /// <summary>The paragraphs, in order; read in place from a pooled buffer like <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => _paragraphs.AsSpan();

    public DateOnly? PublicationDate { get; }

    /// <summary>The quotations of the document, once the quote stage has found them (<see cref="SetQuotes"/>); empty before.</summary>
    public Quote[] Quotes { get; private set; } = [];

    /// <summary>
    /// The position look-ups over the document and its quotations (token at an offset, sentence of a token,
    /// in-quote flags), built on first use, once per document, for every stage that needs them.
    /// </summary>
    public DocumentPositions Positions => _positions ??= new DocumentPositions(this, Quotes);

    /// <summary>
    /// The outermost quotations of <see cref="Quotes"/> cut into per-paragraph pieces, built on first use, once per
    /// document, for the statement and decline finders; it goes back to the pool with the document.
    /// </summary>
    public QuoteLayout QuoteLayout => _quoteLayout ??= new QuoteLayout(this, Quotes, SentenceOfToken);

    /// <summary>Records the quotations the quote stage found; the position look-ups are built from them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quotes"/> is null.</exception>
    public void SetQuotes(Quote[] quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        Quotes = quotes;
        _positions = null;
        _quoteLayout = null;
    }

    /// <summary>
    /// Per token, the index of the sentence that holds it; built on first use, once per document. The
    /// array may be longer than <see cref="Tokens"/>: index it by token only.
    /// </summary>
    public int[] SentenceOfToken => _sentenceOfToken ??= BuildSentenceOfToken();

    /// <summary>
    /// The token reader over this document with <paramref name="lexicons"/>: the stages that read with the same lexicons
    /// (statements, declines, speaker spans, on behalf of) share one instead of making one each. Immutable; it reads the
    /// document's pooled tables, so it is not to be kept past <see cref="Dispose"/>.
    /// </summary>
    internal TokenReader ReaderFor(LexiconSet lexicons)
    {
        if (_reader is { } reader && ReferenceEquals(reader.Lexicons, lexicons))
        {
            return reader;
        }

        return _reader = new TokenReader(this, lexicons);
    }

    public void Dispose()
    {
        _reader = null;
        _positions?.Dispose();
        _positions = null;
        _quoteLayout?.Dispose();
        _quoteLayout = null;
        _tokens.Dispose();
        _sentences.Dispose();
        _paragraphs.Dispose();
        var rented = _sentenceOfToken;
        _sentenceOfToken = null;
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        _wordHashes.Dispose();
        var classes = _wordClasses;
        _wordClasses = null;
        if (classes is not null)
        {
            ArrayPool<byte>.Shared.Return(classes);
        }

        var roles = _wordRoles;
        _wordRoles = null;
        _wordRolesLexicons = null;
        if (roles is not null)
        {
            ArrayPool<byte>.Shared.Return(roles);
        }

        var tags = _wordTags;
        _wordTags = null;
        _wordTagsLexicons = null;
        if (tags is not null)
        {
            ArrayPool<uint>.Shared.Return(tags);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TokenText(int index)
    {
        var span = Tokens[index].Span;
        return Text.AsSpan(span.Start, span.Length);
    }

    /// <summary>
    /// The look-up hash of token <paramref name="index"/>'s text (<see cref="WordFolding.Hash"/>), for the word
    /// tables' look-ups with a precomputed hash: the stages look most words up in several tables, and the tokenizer
    /// hashed every token once, as it read it, into a buffer rented from the shared array pool.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordHash(int index) => (uint)index < (uint)Tokens.Length ? WordHashes[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// <see cref="WordHash"/> of every token, in a rented array that may be longer than <see cref="Tokens"/> (index it
    /// by token only); like <see cref="Tokens"/>, not to be kept past <see cref="Dispose"/>.
    /// </summary>
    internal int[] WordHashes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _wordHashes.Items is { Length: > 0 } hashes ? hashes : BuildWordHashes(); // a rented buffer is never empty
    }

    /// <summary>
    /// Per token, the word class <c>TokenReader.ClassOf</c> found for it, plus one (0: not asked yet), so that every
    /// reader of this document works out a token's class once: the frame and mention rules ask the class of the same
    /// tokens again and again. Rented from the shared array pool and cleared on first use; not to be kept past
    /// <see cref="Dispose"/>. Index it by token only.
    /// </summary>
    internal byte[] WordClassCache => _wordClasses ??= RentCleared<byte>(Tokens.Length);

    /// <summary>
    /// Per token, the lexicon tags <c>TokenReader.TagsOf</c> found for it in <paramref name="lexicons"/> with
    /// <c>TokenReader.TagsKnown</c> set (0: not asked yet), like <see cref="WordClassCache"/>. The tags depend on the
    /// lexicons, so the cache serves the first lexicon set that asks; a reader over another one gets a table of its own.
    /// </summary>
    internal uint[] WordTagsCache(LexiconSet lexicons)
    {
        if (_wordTags is null)
        {
            _wordTags = RentCleared<uint>(Tokens.Length);
            _wordTagsLexicons = lexicons;
        }

        return ReferenceEquals(lexicons, _wordTagsLexicons) ? _wordTags : new uint[Tokens.Length];
    }

    /// <summary>
    /// Per token, its <see cref="WordRoles"/> in <paramref name="lexicons"/> (<see cref="WordRoles.None"/> for a token that is no
    /// word), found for every token at once on first use: the cue and decline passes test a bit per token instead of each
    /// looking every word up in its own table. Like <see cref="WordTagsCache"/> it serves the first lexicon set that asks; a
    /// reader over another one gets a table of its own. Rented from the shared array pool; index it by token only.
    /// </summary>
    internal byte[] WordRolesFor(LexiconSet lexicons)
    {
        if (_wordRoles is null)
        {
            _wordRoles = BuildWordRoles(lexicons, ArrayPool<byte>.Shared.Rent(Tokens.Length));
            _wordRolesLexicons = lexicons;
        }

        return ReferenceEquals(lexicons, _wordRolesLexicons) ? _wordRoles : BuildWordRoles(lexicons, new byte[Tokens.Length]);
    }

    /// <summary>
    /// The <see cref="WordRoles"/> the first lexicon set built (<see cref="WordRolesFor"/>), or null before any did: for the
    /// bits every lexicon set gives the same words (<see cref="WordRoles.TimeStart"/>, <see cref="WordRoles.CalendarName"/>),
    /// read by a stage that has no lexicon set of its own. Index it by token only.
    /// </summary>
    internal byte[]? BuiltWordRoles => _wordRoles;

    private byte[] BuildWordRoles(LexiconSet lexicons, byte[] roles)
    {
        var tokens = Tokens;
        lexicons.FindRoles(Text, tokens, WordHashes.AsSpan(0, tokens.Length), MemoryMarshal.Cast<byte, WordRoles>(roles.AsSpan(0, tokens.Length)));
        return roles;
    }

    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        array.AsSpan(0, length).Clear();
        return array;
    }

    /// <summary>Whether white space separates token <paramref name="index"/> from the token before it.</summary>
    public bool HasSpaceBefore(int index) => index == 0 ? Tokens[0].Span.Start > 0 : Tokens[index].Span.Start > Tokens[index - 1].Span.End;

    /// <summary>The hashes of a document whose tokenizer made none (<see cref="DocumentAnalyzer.Analyze"/> without <c>hashWords</c>).</summary>
    private int[] BuildWordHashes()
    {
        var tokens = Tokens;
        _wordHashes = new PooledBuffer<int>(tokens.Length);
        for (int t = 0; t < tokens.Length; t++)
        {
            _wordHashes.Add(WordFolding.Hash(Text.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length)));
        }

        return _wordHashes.Items;
    }

    private int[] BuildSentenceOfToken()
    {
        var sentenceOf = ArrayPool<int>.Shared.Rent(Tokens.Length);
        sentenceOf.AsSpan(0, Tokens.Length).Clear();
        var sentences = Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                sentenceOf[t] = s;
            }
        }

        return sentenceOf;
    }
}
