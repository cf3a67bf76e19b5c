namespace Attribution.Lexicons;

/// <summary>
/// One word of the title list (<c>Data/titles.txt</c>): honorifics, titles of office and role nouns in one
/// list, told apart by their <see cref="TitleTags"/>. <see cref="LexiconSet"/> reads the list once and hands it
/// to the mention tags (the <c>prefix</c> words) and to <see cref="EntityLexicon"/> (honorifics and roles).
/// </summary>
/// <param name="Word">The word in lower case, with its period when the tokenizer keeps one (<c>gen.</c>).</param>
/// <param name="Tags">What the word is.</param>
internal readonly record struct TitleWord(string Word, TitleTags Tags)
{
    /// <summary>Reads <c>Data/titles.txt</c>: a word, then its tags (<c>honorific</c>, <c>role</c>, <c>prefix</c>, <c>male</c>, <c>female</c>).</summary>
    public static IReadOnlyList<TitleWord> Load()
    {
        var words = new List<TitleWord>();
        foreach (var line in LexiconData.Lines("titles.txt"))
        {
            var fields = LexiconData.Fields(line);
            var tags = TitleTags.None;
            foreach (var tag in fields.AsSpan(1))
            {
                tags |= tag switch
                {
                    "honorific" => TitleTags.Honorific,
                    "role" => TitleTags.Role,
                    "prefix" => TitleTags.Prefix,
                    "male" => TitleTags.Male,
                    "female" => TitleTags.Female,
                    _ => throw new InvalidOperationException($"titles.txt: unknown tag '{tag}' after '{fields[0]}'."),
                };
            }

            words.Add(new TitleWord(fields[0].ToLowerInvariant(), tags));
        }

        return words;
    }
}
