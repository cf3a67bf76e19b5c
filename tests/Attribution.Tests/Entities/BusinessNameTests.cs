namespace Attribution.Tests.Entities;

/// <summary>
/// Businesses named for their founders (<c>Moody's</c>, <c>McDonald's</c>) and firms named with an ampersand
/// (<c>Johnson &amp; Johnson</c>) speak as one organisation: the <c>'s</c> ends the name when no noun follows it.
/// </summary>
public sealed class BusinessNameTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("Moody's said on Thursday that the outlook for the sector was negative.", "Moody's")]
    [InlineData("McDonald's said same-store sales rose 3 percent in the third quarter.", "McDonald's")]
    [InlineData("“We expect demand to soften,” Sainsbury’s said in a trading update.", "Sainsbury’s")]
    [InlineData("Standard & Poor's warned that a downgrade could come within weeks.", "Standard & Poor's")]
    [InlineData("Johnson & Johnson said the recall was voluntary.", "Johnson & Johnson")]
    public void The_business_is_the_speaker_and_an_organisation(string text, string speaker)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be(speaker);
        statement.Speaker.Entity!.Name.Should().Be(speaker);
        statement.Speaker.Entity.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void An_appositive_after_the_business_name_describes_it()
    {
        var statement = Extractor.Extract("Sotheby's, the auction house, said the painting would be offered in May.")
            .Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Entity!.Name.Should().Be("Sotheby's");
        statement.Content.Text.Should().Be("the painting would be offered in May");
    }

    [Fact]
    public void A_possessive_before_a_noun_stays_a_possessive()
    {
        var statement = Extractor.Extract("Moody's analysts said the bank's capital was adequate.")
            .Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be("Moody's analysts");
        statement.Speaker.Entity!.Kind.Should().NotBe(EntityKind.Person);
    }

    [Fact]
    public void A_person_named_before_a_possessive_keeps_the_plain_name()
    {
        var result = Extractor.Extract("Senator Ann Ruiz's office said the bill would be filed on Monday. Ruiz said she had the votes.");

        result.Entities.Should().Contain(e => e.Name == "Ann Ruiz" && e.Kind == EntityKind.Person);
        result.Entities.Should().NotContain(e => e.Name.EndsWith("'s", StringComparison.Ordinal));
    }
}
