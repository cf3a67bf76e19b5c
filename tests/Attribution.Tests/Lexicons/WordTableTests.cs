using Attribution.Lexicons;

namespace Attribution.Tests.Lexicons;

/// <summary>The one word look-up type, in its two case rules.</summary>
public sealed class WordTableTests
{
    [Fact]
    public void A_folded_set_matches_any_case_and_either_apostrophe()
    {
        var set = WordTable.Set(["according", "o'clock", "Said"], ignoreCase: true);

        set.Contains("ACCORDING").Should().BeTrue();
        set.Contains("said").Should().BeTrue();
        set.Contains("o’clock").Should().BeTrue("a typographic apostrophe folds to the straight one");
        set.Contains("accord").Should().BeFalse();
        set.Contains(ReadOnlySpan<char>.Empty).Should().BeFalse();
    }

    [Fact]
    public void A_word_hashes_alike_in_any_case_and_with_either_apostrophe()
    {
        // Every token is hashed once per document (Document.WordHash) and looked up with that hash in each folded table.
        WordFolding.Hash("WOULDN’T").Should().Be(WordFolding.Hash("wouldn't"));
        WordFolding.Hash("Spokeswoman").Should().Be(WordFolding.Hash("spokeswoman"));
        WordFolding.Hash("ÉLYSÉE").Should().Be(WordFolding.Hash("élysée"));
        WordFolding.Hash("o’clock").Should().Be(WordFolding.Hash("O'CLOCK"));
        WordFolding.Hash("AZ@[").Should().Be(WordFolding.Hash("az@["), "only A to Z are lowered")
            .And.NotBe(WordFolding.Hash("az`{"), "@ and [ sit next to A and Z but are no letters");
        WordFolding.Hash("said").Should().NotBe(WordFolding.Hash("sail")).And.BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void An_exact_set_tells_an_abbreviation_from_the_word_it_spells()
    {
        var set = WordTable.Set(["No", "Gen", "Gen", "US"], ignoreCase: false);

        set.Contains("No").Should().BeTrue();
        set.Contains("no").Should().BeFalse("“I said no.” ends its sentence");
        set.Contains("US").Should().BeTrue();
        set.Contains("us").Should().BeFalse();
        set.Count.Should().Be(3, "duplicates are listed once");
    }

    [Fact]
    public void A_map_looks_up_a_span_of_a_longer_text_without_copying_it()
    {
        var table = new WordTable<int>(new Dictionary<string, int> { ["monday"] = 1, ["friday"] = 5 });
        const string text = "He spoke on Friday, officials said.";

        table.TryGetValue(text.AsSpan(12, 6), out int day).Should().BeTrue();
        day.Should().Be(5);
        table.TryGetFoldedKey("MONDAY", out var key).Should().BeTrue();
        key.Should().Be("monday");
    }
}
