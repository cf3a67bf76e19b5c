using System.Runtime.CompilerServices;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Time;

/// <summary>The non-white-space tokens [first, end) of a document, read as words.</summary>
/// <remarks>
/// The time matcher reads every word of each frame sentence, so the sequence keeps the document's text, token array and
/// word hashes in its own fields, as <c>TokenReader</c> does: read through <see cref="Document"/> (its pooled buffers, the
/// hashes' property) each word cost a dozen loads and checks more. Every index is still checked against the document's tokens, as there.
/// </remarks>
internal readonly struct TokenWords : IWordSequence
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly int[] _hashes;
    private readonly byte[]? _roles;
    private readonly int _tokenCount;
    private readonly int _first;

    public TokenWords(Document document, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        _text = document.Text;
        _tokens = document.TokenArray;
        _hashes = document.WordHashes;
        _roles = document.BuiltWordRoles;
        _tokenCount = document.Tokens.Length;
        _first = first;
        Count = end - first;
    }

    public int Count { get; }

    public ReadOnlySpan<char> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var span = _tokens[TokenIndex(index)].Span;
            return _text.AsSpan(span.Start, span.Length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int HashAt(int index) => _hashes[TokenIndex(index)];

    /// <summary>
    /// The roles' time bits of a word token; a token of another kind (a number: a day, a year, a count) has no roles and may
    /// start a phrase. Every lexicon set's roles hold the same time bits (fixed calendar lists), so the roles any reader of
    /// the document had built serve; none built yet, every word may start one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartTime(int index)
    {
        int token = TokenIndex(index);
        return _roles is not { } roles || _tokens[token].Kind != TokenKind.Word
            || (roles[token] & (byte)(WordRoles.TimeStart | WordRoles.CalendarName)) != 0;
    }

    /// <summary>The document's index of word <paramref name="index"/>, checked against the document's token count: the arrays may be longer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TokenIndex(int index) => (uint)(_first + index) < (uint)_tokenCount ? _first + index : throw new ArgumentOutOfRangeException(nameof(index));
}
