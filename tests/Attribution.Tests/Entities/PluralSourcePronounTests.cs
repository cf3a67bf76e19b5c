namespace Attribution.Tests.Entities;

/// <summary>
/// An unnamed plural source (<c>Officials said …</c>, <c>Two people familiar with the talks said …</c>) is what a following
/// <c>they</c> refers to, as a group or body is; a country stays <c>it</c>.
/// </summary>
public sealed class PluralSourcePronounTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("Officials said on Friday that the fire was contained. They said it had burned 4,000 acres.", "Officials")]
    [InlineData("Two people familiar with the talks said a deal was close. They said the sides still disagreed over tariffs.", "Two people familiar with the talks")]
    [InlineData("Sources said the bank would cut 500 jobs. They said the announcement would come next week.", "Sources")]
    public void They_after_an_unnamed_plural_source_is_that_source(string text, string source)
    {
        var result = Extractor.Extract(text);

        result.Statements.Should().HaveCount(2);
        var first = result.Statements[0].Speaker!.Entity!;
        first.Name.Should().Be(source);
        result.Statements[1].Speaker!.Text.Should().Be("They");
        result.Statements[1].Speaker!.Entity.Should().Be(first);
    }

    [Fact]
    public void A_single_anonymous_source_is_no_they()
    {
        var result = Extractor.Extract("A person familiar with the talks said a deal was close. They said the sides still disagreed over tariffs.");

        result.Statements[1].Speaker!.Entity.Should().NotBe(result.Statements[0].Speaker!.Entity);
    }
}
