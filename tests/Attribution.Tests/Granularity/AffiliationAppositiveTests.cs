namespace Attribution.Tests.Granularity;

/// <summary>
/// Act mode: an affiliation set off by commas after the source (<c>Mu Li, of the University of New South Wales,</c>)
/// is part of the speaker phrase, unlike a frame adjunct (<c>al-Amr, in remarks to state television,</c>); quote mode
/// keeps the name alone.
/// </summary>
public sealed class AffiliationAppositiveTests
{
    private static readonly AttributionExtractor Quote = AttributionExtractor.CreateDefault();
    private static readonly AttributionExtractor Act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("Senior researcher Mu Li, of the University of New South Wales, said the findings were worrying.", "Senior researcher Mu Li", "Senior researcher Mu Li, of the University of New South Wales")]
    [InlineData("Tom Reyes, of the Brookings Institution, said the tariffs would raise prices.", "Tom Reyes", "Tom Reyes, of the Brookings Institution")]
    public void An_affiliation_after_of_belongs_to_the_speaker_phrase(string text, string name, string phrase)
    {
        Quote.Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be(name);

        var speaker = Act.Extract(text).Statements.Should().ContainSingle().Which.Speaker!;
        speaker.Text.Should().Be(phrase);
        speaker.Entity!.Name.Should().EndWith(name.Split(' ')[^1]);
    }

    [Fact]
    public void A_frame_adjunct_between_commas_stays_out()
    {
        Act.Extract("Foreign Minister Sami al-Amr, in remarks to state television, said the border would stay closed.").Statements
            .Should().ContainSingle().Which.Speaker!.Text.Should().Be("Foreign Minister Sami al-Amr");
    }
}
