using Attribution.Lexicons;

namespace Attribution.Tests.Lexicons;

/// <summary>The one title list (<c>Data/titles.txt</c>) and what each stage reads from its tags.</summary>
public sealed class TitleWordTests
{
    private static readonly LexiconSet Lexicons = new([], []);

    [Fact]
    public void Each_word_is_listed_once()
    {
        TitleWord.Load().Select(t => t.Word).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Mrs")]
    [InlineData("Sir")]
    public void Honorifics_give_a_gender_but_are_not_titles(string word)
    {
        Lexicons.Entities.Is(word, NameTags.Honorific).Should().BeTrue();
        Lexicons.Entities.Is(word, NameTags.Male | NameTags.Female).Should().BeTrue();
        Lexicons.Entities.Is(word, NameTags.Title).Should().BeFalse();
    }

    [Theory]
    [InlineData("President", true)] // "President said …": an office, to the mention stage too
    [InlineData("spokeswoman", true)]
    [InlineData("economist", false)] // a role the entity stage knows, not a title before a name
    [InlineData("Gen.", false)]
    public void Role_words_are_entity_titles_and_prefix_words_are_mention_titles(string word, bool prefix)
    {
        Lexicons.Entities.Is(word, NameTags.Title).Should().BeTrue();
        ((Lexicons.TagsOf(word) & WordTags.Title) != 0).Should().Be(prefix);
    }

    [Fact]
    public void Gendered_roles_keep_their_gender()
    {
        Lexicons.Entities.Is("spokeswoman", NameTags.Female).Should().BeTrue();
        Lexicons.Entities.Is("chairman", NameTags.Male).Should().BeTrue();
        Lexicons.Entities.Is("minister", NameTags.Male | NameTags.Female).Should().BeFalse();
    }

    [Fact]
    public void Prefix_only_words_are_unknown_to_the_entity_stage()
    {
        (Lexicons.TagsOf("superintendent") & WordTags.Title).Should().Be(WordTags.Title);
        Lexicons.Entities.Classify("superintendent").Should().Be(NameTags.None);
    }
}
