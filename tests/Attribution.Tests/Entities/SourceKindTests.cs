namespace Attribution.Tests.Entities;

/// <summary>The kind of entity a common-noun, document or seat-of-government source resolves to.</summary>
public sealed class SourceKindTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static Entity SpeakerOf(string text)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;
        return statement.Speaker!.Entity!;
    }

    [Theory]
    [InlineData("Doctors fear the outbreak will spread to the capital.")]
    [InlineData("Investigators found that the pilot had not slept for two days.")]
    public void A_plural_person_noun_that_opens_the_sentence_is_a_group_not_a_person(string text)
    {
        SpeakerOf(text).Kind.Should().Be(EntityKind.Group);
    }

    [Theory]
    [InlineData("The Office for National Statistics said retail sales fell 1.2% in November.", "The Office for National Statistics")]
    [InlineData("The Centers for Disease Control and Prevention said the outbreak had peaked.", "The Centers for Disease Control and Prevention")]
    [InlineData("The Department of Health and Human Services said the rule would take effect in March.", "The Department of Health and Human Services")]
    [InlineData("The Committee to Protect Journalists said at least 60 reporters were jailed last year.", "The Committee to Protect Journalists")]
    [InlineData("The Treasury said the new bonds would be sold in three tranches.", "The Treasury")]
    public void A_body_named_with_of_for_to_or_and_is_one_organisation(string text, string speaker)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Speaker!.Entity!.Kind.Should().Be(EntityKind.Organization);
        statement.Speaker!.Entity!.Name.Should().EndWith(speaker[4..]);
    }

    [Fact]
    public void A_first_name_after_and_is_not_part_of_the_body()
    {
        var result = Extractor.Extract("The Ministry of Defence and Maria Lopez said the contract was legal.");
        result.Entities.Should().NotContain(e => e.Name.Contains("Maria") && e.Name.Contains("Defence"));
    }

    [Theory]
    [InlineData("Court documents show that the firm owed $40,000 in back taxes.")]
    [InlineData("Data suggest the virus is spreading faster than last winter.")]
    [InlineData("The filing says the company knew of the defect in 2019.")]
    public void A_document_source_is_not_a_person(string text)
    {
        SpeakerOf(text).Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_seat_of_government_is_an_organisation_and_a_later_he_is_not_it()
    {
        var result = Extractor.Extract("The White House said the meeting was productive. He added that talks would continue.");

        var house = result.Statements[0].Speaker!.Entity!;
        house.Kind.Should().Be(EntityKind.Organization);
        result.Statements[1].Speaker!.Entity.Should().NotBe(house);
    }

    [Fact]
    public void It_after_an_organisation_speaks_for_it()
    {
        var result = Extractor.Extract("The Pentagon said the strike hit a weapons depot. It said no civilians were hurt.");

        result.Statements.Should().HaveCount(2);
        result.Statements[1].Speaker!.Text.Should().Be("It");
        result.Statements[1].Speaker!.Entity.Should().Be(result.Statements[0].Speaker!.Entity);
    }

    [Theory]
    [InlineData("The statement read: \"The company regrets the error.\" Her message to staff was simple: \"Don't give up.\"")]
    [InlineData("The lawsuit claims the company misled investors. She said the filing was baseless.")]
    public void A_document_that_speaks_is_no_person_a_later_she_could_be(string text)
    {
        var result = Extractor.Extract(text);

        var document = result.Statements[0].Speaker!.Entity!;
        document.Kind.Should().Be(EntityKind.Organization);
        result.Statements[^1].Speaker!.Entity.Should().NotBe(document);
    }
}
