namespace Attribution.Lexicons;

/// <summary>
/// The decline phrases of <c>decline-cues.txt</c>, indexed by every form of their first word, longest phrase
/// first, and the adverbs that may stand between a negation and a negated phrase. Immutable and thread-safe.
/// </summary>
internal sealed class DeclineCues
{
    private static readonly Lazy<DeclineCues> Embedded = new(() => new DeclineCues("decline-cues.txt"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable<DeclineCue[]> _byFirstWord;
    private readonly WordTable<bool> _adverbs;

    private DeclineCues(string file)
    {
        var byFirst = new Dictionary<string, List<DeclineCue>>(StringComparer.Ordinal);
        var adverbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in LexiconData.Lines(file))
        {
            if (line.StartsWith('~'))
            {
                adverbs[line[1..].Trim().ToLowerInvariant()] = true;
                continue;
            }

            int bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0)
            {
                throw new InvalidOperationException($"{file}: '{line}' is not 'LEMMA | PHRASE'.");
            }

            string lemma = line[..bar].Trim().ToLowerInvariant();
            var fields = LexiconData.Fields(line[(bar + 1)..].ToLowerInvariant());
            bool negated = Array.IndexOf(fields, "+negated") >= 0;
            var words = fields.Where(f => f[0] != '+').ToArray();
            var rest = words[1..];
            if (words[0].StartsWith('='))
            {
                Add(byFirst, words[0][1..], new DeclineCue(lemma, rest, negated, VerbForm.Base));
                continue;
            }

            var verb = words[0].Split('/');
            foreach (var (form, kind) in VerbInflector.Inflect(verb[0], verb.Length > 1 ? verb[1] : null, verb.Length > 2 ? verb[2] : null))
            {
                Add(byFirst, form, new DeclineCue(lemma, rest, negated, kind));
            }
        }

        FirstWords = [.. byFirst.Keys];
        _byFirstWord = new WordTable<DeclineCue[]>(byFirst.ToDictionary(
            p => p.Key, p => p.Value.OrderByDescending(c => c.Rest.Length).ToArray(), StringComparer.Ordinal));
        _adverbs = new WordTable<bool>(adverbs);
    }

    /// <summary>The embedded decline phrases, loaded once.</summary>
    public static DeclineCues Default => Embedded.Value;

    /// <summary>Every form of every phrase's first word: the keys of <see cref="TryGetPhrases(ReadOnlySpan{char}, out DeclineCue[])"/>, for <see cref="WordRoles.DeclineStart"/>.</summary>
    public IReadOnlyList<string> FirstWords { get; }

    /// <summary>The phrases whose first word is <paramref name="word"/> (any of its forms), longest first.</summary>
    public bool TryGetPhrases(ReadOnlySpan<char> word, out DeclineCue[] phrases) => _byFirstWord.TryGetValue(word, out phrases!);

    /// <summary><see cref="TryGetPhrases(ReadOnlySpan{char}, out DeclineCue[])"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public bool TryGetPhrases(ReadOnlySpan<char> word, int foldedHash, out DeclineCue[] phrases) => _byFirstWord.TryGetValue(word, foldedHash, out phrases!);

    /// <summary>Whether <paramref name="word"/> may stand between a negation and a negated phrase (<c>immediately</c>).</summary>
    public bool IsInterveningAdverb(ReadOnlySpan<char> word) => _adverbs.Contains(word);

    private static void Add(Dictionary<string, List<DeclineCue>> map, string form, DeclineCue cue)
    {
        if (!map.TryGetValue(form, out var list))
        {
            map[form] = list = [];
        }

        if (!list.Exists(c => c.Lemma == cue.Lemma && c.Rest.AsSpan().SequenceEqual(cue.Rest) && c.Negated == cue.Negated))
        {
            list.Add(cue);
        }
    }
}
