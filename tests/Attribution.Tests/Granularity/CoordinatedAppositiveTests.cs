namespace Attribution.Tests.Granularity;

/// <summary>
/// A source with two appositives joined by <c>, and</c> (<c>Professor Ann Cole, director of the study, and chair of the
/// council, said</c>): the speaker is the name before both, never the first appositive; act mode writes both into the
/// speaker phrase.
/// </summary>
public sealed class CoordinatedAppositiveTests
{
    private static readonly AttributionExtractor Quote = AttributionExtractor.CreateDefault();
    private static readonly AttributionExtractor Act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("Professor Ann Cole, director of the national nutrition study, and chair of the Australian Iodine Council, says it is crucial that children get enough iodine.",
        "Professor Ann Cole", "Professor Ann Cole, director of the national nutrition study, and chair of the Australian Iodine Council")]
    [InlineData("Rep. Jane Doe, a Democrat from Ohio, and a close ally of the governor, said the bill was dead.",
        "Rep. Jane Doe", "Rep. Jane Doe, a Democrat from Ohio, and a close ally of the governor")]
    public void The_speaker_is_the_name_before_both_appositives(string text, string name, string phrase)
    {
        var quoted = Quote.Extract(text).Statements.Should().ContainSingle().Subject;
        quoted.Speaker!.Text.Should().Be(name);
        quoted.Speaker.Entity!.Name.Should().EndWith(name.Split(' ')[^1]);

        Act.Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be(phrase);
    }
}
