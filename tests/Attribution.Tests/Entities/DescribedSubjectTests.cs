namespace Attribution.Tests.Entities;

/// <summary>
/// A person described, not named, as the subject of a sentence (<c>A protester held a banner</c>) is what a <c>she</c>
/// or <c>he</c> in the next sentence refers to, nearer than a person named before; a later <c>the protester</c> too. The
/// subject may follow a short fronted adjunct (<c>In an interview with NPR, the chief of staff …</c>) and keep a short
/// <c>of</c> phrase (<c>the president of the union</c>).
/// </summary>
public sealed class DescribedSubjectTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void She_after_a_described_subject_is_that_person_not_the_one_named_before()
    {
        var result = Extractor.Extract(
            "Governor Ellen Park said the budget was balanced. A teacher waited outside the statehouse for hours. "
            + "She said classrooms had gone without heat all winter.");

        var last = result.Statements[^1];
        last.Speaker!.Text.Should().Be("She");
        last.Speaker.Entity!.Name.Should().Be("A teacher");
        last.Speaker.Entity.Kind.Should().Be(EntityKind.Person);
    }

    [Fact]
    public void The_same_noun_later_refers_back_to_the_described_person()
    {
        var result = Extractor.Extract(
            "A firefighter pulled two children from the burning house on Elm Street. The firefighter said the smoke was too thick to see.");

        var speaker = result.Statements.Should().ContainSingle().Subject.Speaker!;
        speaker.Entity!.Name.Should().Be("A firefighter");
        speaker.Entity.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_gendered_role_keeps_the_other_pronoun_away()
    {
        var result = Extractor.Extract(
            "Mayor David Ortiz toured the flooded streets. A congresswoman from the district joined the tour. He said repairs would begin on Monday.");

        result.Statements[^1].Speaker!.Entity!.Name.Should().Be("David Ortiz");
    }

    [Theory]
    [InlineData("Senator Ruth Alvarez said the vote was close. A police officer's report described the scene. She said the count was fair.")]
    [InlineData("Senator Ruth Alvarez said the vote was close. Protesters gathered outside the hall. She said the count was fair.")]
    [InlineData("Senator Ruth Alvarez said the vote was close. A security guard company provided staff. She said the count was fair.")]
    public void A_possessive_plural_or_compound_subject_is_no_described_person(string text)
    {
        Extractor.Extract(text).Statements[^1].Speaker!.Entity!.Name.Should().Be("Ruth Alvarez");
    }

    [Theory]
    [InlineData("In an interview with NPR on Sunday, the chief of staff brushed aside the speculation.", "the chief of staff")]
    [InlineData("After the hearing, a lawyer for the family spoke briefly outside the courthouse.", "a lawyer for the family")]
    [InlineData("During the rally, the president of the union thanked the crowd.", "the president of the union")]
    public void A_described_subject_after_a_fronted_adjunct_is_what_he_refers_to(string opening, string described)
    {
        var result = Extractor.Extract(
            "House Speaker Mike Johnson called the situation embarrassing. Republicans seized on the reports.\n\n"
            + opening + " \"I am focused on the job,\" he said.");

        var last = result.Statements[^1];
        last.Speaker!.Text.Should().Be("he");
        last.Speaker.Entity!.Name.Should().Be(described);
    }
}
