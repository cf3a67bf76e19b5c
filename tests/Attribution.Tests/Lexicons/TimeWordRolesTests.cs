using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Text;
using Attribution.Time;

namespace Attribution.Tests.Lexicons;

/// <summary>
/// The time bits of the word roles (<see cref="WordRoles.TimeStart"/>, <see cref="WordRoles.CalendarName"/>): the time matcher
/// and the name scanner turn a word away when its roles hold neither, so every word a time phrase can start with, and every
/// calendar name with or without its period, must carry one, in any case.
/// </summary>
public sealed class TimeWordRolesTests
{
    private static readonly LexiconSet Lexicons = new([], []);

    private static WordRoles RolesOf(string word)
    {
        using var document = DocumentAnalyzer.Analyze(word, publicationDate: null, hashWords: true);
        document.Tokens.Length.Should().Be(1, "the test word is one token");
        return (WordRoles)document.WordRolesFor(Lexicons)[0];
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("Wed.")]
    [InlineData("Thurs")]
    [InlineData("September")]
    [InlineData("Sept.")]
    [InlineData("May")]
    [InlineData("DECEMBER")]
    [InlineData("Christmas")]
    [InlineData("Ramadan")]
    public void Calendar_names_carry_the_calendar_role(string word)
    {
        RolesOf(word).Should().HaveFlag(WordRoles.CalendarName);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Yesterday")]
    [InlineData("Last")]
    [InlineData("earlier")]
    [InlineData("three")]
    [InlineData("Several")]
    [InlineData("a")]
    public void Lower_case_starts_carry_the_time_start_role_in_any_case(string word)
    {
        RolesOf(word).Should().HaveFlag(WordRoles.TimeStart);
    }

    [Theory]
    [InlineData("Guterres")]
    [InlineData("Reuters")]
    [InlineData("minister")]
    public void Other_words_carry_neither_time_role(string word)
    {
        (RolesOf(word) & (WordRoles.TimeStart | WordRoles.CalendarName)).Should().Be(WordRoles.None);
    }

    [Theory]
    [InlineData("Yesterday")]
    [InlineData("Tonight")]
    [InlineData("Last week")]
    [InlineData("This morning")]
    [InlineData("Earlier this month")]
    [InlineData("Later today")]
    [InlineData("Early March")]
    [InlineData("Mid 2023")]
    [InlineData("Late May")]
    [InlineData("Three days ago")]
    [InlineData("A week ago")]
    [InlineData("Several years ago")]
    [InlineData("Tues. morning")]
    [InlineData("Oct. 3")]
    public void Every_time_phrase_of_a_document_is_still_found_from_its_first_word(string phrase)
    {
        var expected = new PhraseWords(phrase);
        TimePhraseMatcher.TryMatch(expected, 0, standalone: true, out var alone).Should().BeTrue("the phrase on its own is a time");

        // The same words in a document, whose roles the matcher reads first.
        using var document = DocumentAnalyzer.Analyze(phrase, publicationDate: null, hashWords: true);
        _ = document.WordRolesFor(Lexicons);
        var words = new TokenWords(document, 0, document.Tokens.Length);
        TimePhraseMatcher.MayStart(words, 0).Should().BeTrue();
        TimePhraseMatcher.TryMatch(words, 0, standalone: true, out var found).Should().BeTrue();
        found.Kind.Should().Be(alone.Kind);
    }

    [Fact]
    public void A_capitalised_name_is_turned_away_by_its_roles()
    {
        using var document = DocumentAnalyzer.Analyze("Guterres", publicationDate: null, hashWords: true);
        var words = new TokenWords(document, 0, document.Tokens.Length);
        words.MayStartTime(0).Should().BeTrue("no roles are built yet, so the words cannot tell");
        _ = document.WordRolesFor(Lexicons);
        new TokenWords(document, 0, document.Tokens.Length).MayStartTime(0).Should().BeFalse();
    }
}
