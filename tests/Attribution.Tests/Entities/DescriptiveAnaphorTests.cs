namespace Attribution.Tests.Entities;

/// <summary>
/// A definite description that news uses for someone it has just named: an age (<c>the 61-year-old</c>) or a capitalised
/// party or national noun (<c>the Kansas Republican</c>, <c>the Briton</c>). It refers back to that person; it is no new
/// person and no organisation.
/// </summary>
public sealed class DescriptiveAnaphorTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void An_age_description_refers_back_to_the_person_just_named()
    {
        var result = Extractor.Extract(
            "Senator Maria Reyes told reporters the White House had not consulted her. \"Nobody called me,\" the 61-year-old said.");

        result.Statements.Should().HaveCount(2);
        var reyes = result.Statements[0].Speaker!.Entity!;
        reyes.Name.Should().Be("Maria Reyes");
        result.Statements[1].Speaker!.Entity.Should().Be(reyes);
        reyes.Titles.Should().Contain("61-year-old");
    }

    [Theory]
    [InlineData("Her counterpart, Senator Tom Whitfield of Kansas, disagreed. The Kansas Republican said talks were continuing.", "Tom Whitfield")]
    [InlineData("Congresswoman Alicia Moreno voted against the measure. The Democrat said it would cut school funding.", "Alicia Moreno")]
    public void A_party_description_refers_back_to_the_politician_just_named(string text, string name)
    {
        var result = Extractor.Extract(text);

        var speaker = result.Statements[^1].Speaker!.Entity!;
        speaker.Name.Should().Be(name);
        speaker.Kind.Should().Be(EntityKind.Person);
        result.Entities.Should().NotContain(e => e.Kind == EntityKind.Organization && e.Name.Contains("Republican", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_body_after_the_stays_an_organisation()
    {
        var speaker = Extractor.Extract("The Republican National Committee said it would sue the state.")
            .Statements.Should().ContainSingle().Subject.Speaker!;

        speaker.Entity!.Kind.Should().Be(EntityKind.Organization);
        speaker.Entity.Name.Should().Be("the Republican National Committee");
    }

    [Fact]
    public void An_age_description_with_nobody_named_before_is_a_new_person()
    {
        var result = Extractor.Extract("The 34-year-old said she had waited six hours for an ambulance.");

        var speaker = result.Statements.Should().ContainSingle().Subject.Speaker!;
        speaker.Text.Should().Be("The 34-year-old");
        speaker.Entity!.Kind.Should().Be(EntityKind.Person);
    }

    [Theory]
    [InlineData("Marcus Bell spent a decade at the central bank before joining the fund. \"Rates will stay high for longer,\" the former Federal Reserve economist said.", "Marcus Bell")]
    [InlineData("Ruth Alvarez has run the county's elections since 2004. The veteran clerk said turnout was the highest she had seen.", "Ruth Alvarez")]
    [InlineData("Paul Mercer lost his seat in the spring. The former senator said on Tuesday he would not run again.", "Paul Mercer")]
    public void A_career_description_refers_back_to_the_person_just_named(string text, string name)
    {
        var result = Extractor.Extract(text);

        var speaker = result.Statements.Should().ContainSingle().Subject.Speaker!;
        speaker.Entity!.Name.Should().Be(name);
        speaker.Entity.Titles.Should().ContainSingle(t => t.StartsWith("former", StringComparison.Ordinal) || t.StartsWith("veteran", StringComparison.Ordinal));
    }

    [Fact]
    public void A_career_description_whose_noun_named_someone_before_is_that_person()
    {
        var result = Extractor.Extract(
            "A firefighter pulled two children from the house. Chief Dan Hale praised the crew. The veteran firefighter said the smoke was too thick to see.");

        result.Statements[^1].Speaker!.Entity!.Name.Should().Be("A firefighter");
    }

    [Fact]
    public void A_description_without_a_career_word_is_a_new_person()
    {
        var result = Extractor.Extract(
            "Marcus Bell spent a decade at the central bank. \"Rates will stay high,\" the economist at the fund said.");

        result.Statements.Should().ContainSingle().Which.Speaker!.Entity!.Name.Should().NotBe("Marcus Bell");
    }

    [Theory]
    [InlineData("Rafael Nadal played his last match on Thursday. The Spaniard said his body could no longer cope.", "Rafael Nadal")]
    [InlineData("Emma Raducanu reached the final in Toronto. The Briton said she had never felt better on court.", "Emma Raducanu")]
    [InlineData("Rafael Nadal played his last match on Thursday. The 38-year-old Spaniard said his body could no longer cope.", "Rafael Nadal")]
    [InlineData("Max Verstappen took pole in Austin. The Dutchman said the car had been hard to drive.", "Max Verstappen")]
    public void A_national_noun_refers_back_to_the_person_just_named(string text, string name)
    {
        var result = Extractor.Extract(text);

        var speaker = result.Statements.Should().ContainSingle().Subject.Speaker!;
        speaker.Entity!.Name.Should().Be(name);
        result.Entities.Should().NotContain(e => e.Name.Contains("Spaniard", StringComparison.Ordinal) || e.Name.Contains("Briton", StringComparison.Ordinal));
    }
}
