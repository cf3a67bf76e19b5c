namespace Attribution.Tests.Entities;

/// <summary>
/// A name that <c>its</c> refers back to across the name's own verb is a body's: <c>Morgan Stanley cut its forecast</c>
/// (a known first name opens it), <c>Glencore raised its target</c> (an unknown word opening the sentence). A later
/// <c>the bank</c>, <c>the miner</c> or <c>it</c> then speaks for it.
/// </summary>
public sealed class PossessorNameTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("Morgan Stanley cut its forecast for the index on Monday. \"Earnings are slowing faster than we expected,\" the bank wrote in a note to clients.", "Morgan Stanley")]
    [InlineData("Glencore has cut its copper output target for the year. The miner said weak demand in China would weigh on prices.", "Glencore")]
    [InlineData("Royal Caribbean raised its profit forecast on Thursday. It said bookings for next summer were at a record.", "Royal Caribbean")]
    public void A_name_its_refers_back_to_is_the_body_a_later_kind_noun_or_it_names(string text, string name)
    {
        var result = Extractor.Extract(text);

        var speaker = result.Statements.Should().ContainSingle().Subject.Speaker!.Entity!;
        speaker.Name.Should().Be(name);
        speaker.Kind.Should().Be(EntityKind.Organization);
    }

    [Theory]
    [InlineData("Acme Corp posted a loss. Jane Doe said its results would improve next year. She added that no jobs would go.")]
    [InlineData("Acme Corp posted a loss. Jane Doe, the chief executive, defended its strategy. She said the plan would work.")]
    [InlineData("Acme Corp posted a loss. Jane Doe, 54, defended its strategy. She said the plan would work.")]
    [InlineData("Acme Corp posted a loss. Chief executive Jane Doe defended its strategy. She said the plan would work.")]
    public void A_person_who_speaks_of_its_results_or_is_set_off_by_an_appositive_stays_a_person(string text)
    {
        var result = Extractor.Extract(text);

        result.Entities.Should().Contain(e => e.Name == "Jane Doe").Which.Kind.Should().Be(EntityKind.Person);
        result.Statements[^1].Speaker!.Entity!.Name.Should().Be("Jane Doe");
    }

    [Theory]
    [InlineData("Asked about its plans, the company said it would wait.")]
    [InlineData("Despite its losses, the company said it would keep hiring.")]
    public void An_ordinary_word_opening_a_sentence_before_its_is_no_name(string text)
    {
        var result = Extractor.Extract(text);

        result.Entities.Should().NotContain(e => e.Name == "Asked" || e.Name == "Despite");
    }
}
