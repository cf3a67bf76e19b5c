namespace Attribution.Tests.Granularity;

/// <summary>
/// <c>According to Jane Doe, the company's chief executive, the plant will close</c>: the appositive between the
/// source's comma and another is the source's, not the content's, in both granularities; act mode writes it into the
/// speaker phrase, quote mode keeps the tight mention.
/// </summary>
public sealed class AccordingToAppositiveTests
{
    private static readonly AttributionExtractor Quote = AttributionExtractor.CreateDefault();
    private static readonly AttributionExtractor Act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("According to Jane Doe, the company's chief executive, the plant will close in March.", "Jane Doe", "Jane Doe, the company's chief executive", "the plant will close in March")]
    [InlineData("According to the bank's chief economist, Omar Haddad, inflation will ease by the summer.", "the bank's chief economist", "the bank's chief economist, Omar Haddad", "inflation will ease by the summer")]
    [InlineData("According to a spokesman for the ministry, Ali Reza, at least 300 people were hurt.", "a spokesman for the ministry", "a spokesman for the ministry, Ali Reza", "at least 300 people were hurt")]
    [InlineData("According to the team's coach, Lena Berg, in their first match the robot scored two points.", "the team's coach", "the team's coach, Lena Berg", "in their first match the robot scored two points")]
    public void The_appositive_of_the_source_is_not_content(string text, string quoteSpeaker, string actSpeaker, string content)
    {
        var quoted = Quote.Extract(text).Statements.Should().ContainSingle().Subject;
        quoted.Content.Text.Should().Be(content);
        quoted.Speaker!.Text.Should().Be(quoteSpeaker);

        var act = Act.Extract(text).Statements.Should().ContainSingle().Subject;
        act.Content.Text.Should().Be(content);
        act.Speaker!.Text.Should().Be(actSpeaker);
    }

    [Theory]
    [InlineData("According to police, the suspect, a 34-year-old man, fled on foot.", "the suspect, a 34-year-old man, fled on foot")]
    [InlineData("According to the ministry, the capital, Kabul, was hit by three rockets.", "the capital, Kabul, was hit by three rockets")]
    [InlineData("According to the ministry, Omar Said, who led the protest, was arrested on Friday.", "Omar Said, who led the protest, was arrested on Friday")]
    [InlineData("According to her lawyer, Lena Berg, 45, never left the house that night.", "Lena Berg, 45, never left the house that night")]
    public void A_subject_with_its_own_appositive_stays_in_the_content(string text, string content)
    {
        Quote.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(content);
        Act.Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be(text.Split(',')[0]["According to ".Length..]);
    }

    [Theory]
    [InlineData("According to Yonhap news agency, quoting the state news agency KCNA, the army has been put on high alert.", "Yonhap news agency")]
    [InlineData("According to Reuters, citing two people familiar with the talks, the deal will be signed on Friday.", "Reuters")]
    public void A_participle_citing_where_the_source_had_it_is_not_the_speaker_phrase(string text, string speaker)
    {
        Act.Extract(text).Statements.Should().Contain(s => s.Cue != null && s.Cue.Text == "According to")
            .Which.Speaker!.Text.Should().Be(speaker);
    }
}
