using Attribution.Lexicons;

namespace Attribution.Tests.Lexicons;

/// <summary>The one pronoun table and the views the stages take of it.</summary>
public sealed class PronounsTests
{
    private static readonly LexiconSet Lexicons = new([], []);

    [Theory]
    [InlineData("he", "Masculine")]
    [InlineData("Him", "Masculine")]
    [InlineData("SHE", "Feminine")]
    [InlineData("her", "Feminine")]
    [InlineData("they", "Plural")]
    [InlineData("them", "Plural")]
    [InlineData("It", "Neuter")]
    [InlineData("I", "FirstPerson")]
    [InlineData("We", "FirstPerson")]
    [InlineData("us", "FirstPerson")]
    public void Subject_and_object_forms_tell_the_entity_stage_what_they_refer_to(string word, string expected) =>
        Pronouns.Classify(word).Should().Be(Enum.Parse<PronounClass>(expected));

    [Theory]
    [InlineData("US")] // the United States
    [InlineData("i")]
    [InlineData("you")]
    [InlineData("his")]
    [InlineData("themselves")]
    [InlineData("who")]
    [InlineData("spokesman")]
    public void Possessives_reflexives_you_relatives_and_spellings_that_are_not_pronouns_refer_to_nothing(string word) =>
        Pronouns.Classify(word).Should().Be(PronounClass.None);

    [Theory]
    [InlineData("he", "PersonalPronoun")]
    [InlineData("she", "PersonalPronoun")]
    [InlineData("they", "PluralPronoun")]
    [InlineData("it", "NeuterPronoun")]
    [InlineData("I", "FirstPersonPronoun")]
    [InlineData("we", "FirstPersonPronoun")]
    [InlineData("you", "FirstPersonPronoun")]
    [InlineData("who", "RelativePronoun")]
    [InlineData("that", "RelativePronoun")]
    [InlineData("him", "None")]
    [InlineData("their", "None")]
    [InlineData("whom", "None")]
    public void Only_subject_forms_are_tagged_as_possible_speakers(string word, string expected) =>
        (Lexicons.TagsOf(word) & PronounTags).Should().Be(Enum.Parse<WordTags>(expected));

    [Theory]
    [InlineData("his", "Determiner")]
    [InlineData("her", "Determiner")] // "her office said": a determiner before it is an object
    [InlineData("our", "Determiner")]
    [InlineData("him", "ObjectPronoun")]
    [InlineData("us", "ObjectPronoun")]
    [InlineData("herself", "Other")]
    [InlineData("he", "None")]
    public void Function_word_classes_come_from_the_pronoun_table(string word, string expected) =>
        FunctionWords.ClassOf(word).Should().Be(Enum.Parse<WordClass>(expected));

    [Fact]
    public void Each_form_is_listed_once()
    {
        Pronouns.All.Select(p => p.Text.ToLowerInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Possessive_and_subject_questions_read_the_same_table()
    {
        Pronouns.IsPossessiveDeterminer("Your").Should().BeTrue();
        Pronouns.IsPossessiveDeterminer("whose").Should().BeFalse("whose is a relative");
        Pronouns.IsThirdPersonPossessive("its").Should().BeTrue();
        Pronouns.IsThirdPersonPossessive("my").Should().BeFalse();
        Pronouns.IsPersonalSubject("They").Should().BeTrue();
        Pronouns.IsPersonalSubject("it").Should().BeFalse("it names an organisation, not people");
        Pronouns.IsSingularPersonalSubject("she").Should().BeTrue();
        Pronouns.IsSingularPersonalSubject("they").Should().BeFalse();
        Pronouns.IsFirstOrSecondPersonSubject("You").Should().BeTrue();
        Pronouns.IsFirstOrSecondPersonSubject("me").Should().BeFalse();
        FunctionWords.IsRelativeWord("Whom").Should().BeTrue();
    }

    private const WordTags PronounTags = WordTags.PersonalPronoun | WordTags.PluralPronoun | WordTags.NeuterPronoun
        | WordTags.FirstPersonPronoun | WordTags.RelativePronoun;
}
