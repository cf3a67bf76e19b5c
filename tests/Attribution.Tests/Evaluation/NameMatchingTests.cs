using Attribution.Evaluation.Scoring;

namespace Attribution.Tests.Evaluation;

public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("António Guterres", "António Guterres")]
    [InlineData("Guterres", "António Guterres")]
    [InlineData("antónio guterres", "António  Guterres")]
    [InlineData("U.N. Security Council", "the U.N. Security Council")]
    [InlineData("Israel’s U.N. Ambassador Danny Danon", "Danny Danon")]
    [InlineData("O’Brien", "Conan O'Brien")]
    public void Names_of_the_same_speaker_match(string predicted, string gold) =>
        NameMatching.Matches(predicted, gold).Should().BeTrue();

    [Theory]
    [InlineData("Netanyahu", "António Guterres")]
    [InlineData("Guter", "António Guterres")]
    [InlineData("he", "the broadcaster")]
    [InlineData(null, "Danny Danon")]
    [InlineData("", "Danny Danon")]
    public void Different_or_partial_word_names_do_not_match(string? predicted, string gold) =>
        NameMatching.Matches(predicted, gold).Should().BeFalse();
}
