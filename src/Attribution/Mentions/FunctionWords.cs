using Attribution.Lexicons;

namespace Attribution.Mentions;

/// <summary>English closed-class words by <see cref="WordClass"/>: grammar, not vocabulary, so they live in code.</summary>
internal static class FunctionWords
{
    private static readonly WordTable<WordClass> Table = Build();

    public static WordClass ClassOf(ReadOnlySpan<char> word) => Table.TryGetValue(word, out var c) ? c : WordClass.None;

    private static WordTable<WordClass> Build()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Add(map, WordClass.Determiner, "the a an this these those his her its their our my your some many several most all both each every few other another any no such one two three four five six seven eight nine ten dozens hundreds thousands more");
        Add(map, WordClass.NounPreposition, "of for at from by with in on");
        Add(map, WordClass.Preposition, "to about into onto over under against between through during without within upon after before since until across toward towards via per among amid despite like near around behind beyond inside outside than");
        Add(map, WordClass.Coordinator, "and or");
        Add(map, WordClass.Subordinator, "but so yet because when while if although though as whether unless whereas once where nor then however therefore meanwhile instead");
        Add(map, WordClass.Auxiliary, "is was were are be been being am has have had having do does did will would shall should can could may might must 's 'd 'll 've");
        Add(map, WordClass.Adverb, "now also later again not n't never always often repeatedly reportedly previously recently further separately publicly privately still just only even already initially subsequently earlier frequently quickly simply clearly yesterday today tonight");
        Add(map, WordClass.ObjectPronoun, "him them me us");
        Add(map, WordClass.Other, "there here what how why which whom whose it's itself himself herself themselves oneself i'm that's");
        return new WordTable<WordClass>(map);
    }

    private static void Add(Dictionary<string, WordClass> map, WordClass wordClass, string words)
    {
        foreach (var w in words.Split(' '))
        {
            map.TryAdd(w, wordClass);
        }
    }
}
