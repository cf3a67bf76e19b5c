using Attribution.Pipeline;

namespace Attribution.Time;

/// <summary>The non-white-space tokens [first, end) of a document, read as words.</summary>
internal readonly struct TokenWords : IWordSequence
{
    private readonly Document _document;
    private readonly int _first;

    public TokenWords(Document document, int first, int end)
    {
        _document = document;
        _first = first;
        Count = end - first;
    }

    public int Count { get; }

    public ReadOnlySpan<char> this[int index] => _document.TokenText(_first + index);

    public int HashAt(int index) => _document.WordHash(_first + index);
}
