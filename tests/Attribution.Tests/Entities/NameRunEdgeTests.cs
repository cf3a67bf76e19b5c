namespace Attribution.Tests.Entities;

/// <summary>
/// Where a run of capitalised words stops being a name: a capitalised preposition closing it (<c>Australia On
/// Saturday</c> in a dateline) is the next phrase's, and a title followed by <c>of</c> and a place (<c>Governor of
/// Virginia</c>) names no one. Both once gave an interview's <c>I</c> to a name that is no one's.
/// </summary>
public sealed class NameRunEdgeTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void A_capitalised_preposition_after_a_dateline_place_is_not_part_of_a_name()
    {
        var result = Extractor.Extract(
            "Preston, Victoria, Australia On Saturday, the Herald interviewed Tina McKenzie, a former member of the national team.\n\n"
            + "I think we were unlucky in that final, but I would not change a thing.");

        result.Entities.Should().NotContain(e => e.Name.EndsWith(" On", StringComparison.Ordinal));
        result.Statements.Should().ContainSingle().Which.Speaker!.Entity!.Name.Should().Be("Tina McKenzie");
    }

    [Fact]
    public void A_title_and_its_place_name_no_one()
    {
        var result = Extractor.Extract(
            "The Herald interviews Robert Sarvis, the Libertarian Party nominee for Governor of Virginia.\n\n"
            + "I believe voters are tired of both parties.");

        result.Entities.Should().NotContain(e => e.Name.StartsWith("of ", StringComparison.Ordinal));
        result.Statements.Should().ContainSingle().Which.Speaker!.Entity!.Name.Should().Be("Robert Sarvis");
    }
}
