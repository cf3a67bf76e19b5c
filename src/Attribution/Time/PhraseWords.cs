namespace Attribution.Time;

/// <summary>
/// A short phrase split into words at white space, with commas as words of their own, so that
/// <see cref="TimeResolver.Resolve"/> can read a phrase without the document it came from.
/// </summary>
internal readonly struct PhraseWords : IWordSequence
{
    /// <summary>Phrases longer than this are not time phrases; the bound keeps resolving constant-time.</summary>
    public const int MaxWords = 12;

    private readonly string _phrase;
    private readonly (int Start, int Length)[] _words;

    public PhraseWords(ReadOnlySpan<char> phrase)
    {
        _phrase = phrase.Length <= 200 ? phrase.ToString() : string.Empty;
        var words = new List<(int, int)>(6);
        int i = 0;
        string text = _phrase;
        while (i < text.Length && words.Count < MaxWords)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == ',')
            {
                words.Add((i, 1));
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ',')
            {
                i++;
            }

            words.Add((start, i - start));
        }

        _words = words.ToArray();
    }

    public int Count => _words.Length;

    public ReadOnlySpan<char> this[int index] => _phrase.AsSpan(_words[index].Start, _words[index].Length);

    public int HashAt(int index) => Lexicons.WordFolding.Hash(this[index]);

    /// <summary>A phrase split on its own has no word roles: every word may start a time phrase, as far as they tell.</summary>
    public bool MayStartTime(int index) => true;
}
