namespace Attribution.Tests.Granularity;

/// <summary>"Declined to comment" and its kin: a <see cref="Decline"/> with speaker, cue, addressee and time, never a statement.</summary>
public sealed class DeclineTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("A company spokesman declined to comment.", "declined to comment", "decline", "A company spokesman")]
    [InlineData("Jones could not be reached for comment.", "could not be reached for comment", "reach", "Jones")]
    [InlineData("The ministry did not immediately respond to a request for comment.", "did not immediately respond to a request for comment", "respond", "The ministry")]
    [InlineData("Brown refused to say whether he would run again.", "refused to say", "refuse", "Brown")]
    [InlineData("Police would not comment on the investigation.", "would not comment", "comment", "Police")]
    [InlineData("The White House didn't return calls seeking comment.", "didn't return calls seeking comment", "return", "The White House")]
    [InlineData("Lawyers for the developer have not responded to requests for comment.", "have not responded to requests for comment", "respond", "Lawyers for the developer")]
    public void A_decline_has_its_cue_and_speaker_and_is_not_a_statement(string text, string cue, string lemma, string speaker)
    {
        var result = Extractor.Extract(text);

        result.Statements.Should().BeEmpty();
        var decline = result.Declines.Should().ContainSingle().Subject;
        decline.Cue.Text.Should().Be(cue);
        decline.Cue.Lemma.Should().Be(lemma);
        decline.Cue.Span.Slice(text).Should().Be(cue);
        decline.Speaker!.Text.Should().Be(speaker);
        decline.Speaker.Entity.Should().NotBeNull();
        decline.Confidence.Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void A_declining_speaker_resolves_to_the_entity_named_before_and_the_time_to_a_date()
    {
        const string text = "Treasury Secretary Maria Keller met the bankers on Monday. Keller declined to comment to Reuters on Tuesday.";
        var result = Extractor.Extract(text, new DateOnly(2024, 9, 27));

        var decline = result.Declines.Should().ContainSingle().Subject;
        decline.Speaker!.Entity!.Name.Should().Be("Maria Keller");
        decline.Addressee!.Text.Should().Be("Reuters");
        decline.Time!.Text.Should().Be("Tuesday");
        decline.Time.Value.Should().Be("2024-09-24");
        result.Entities.Should().Contain(decline.Speaker.Entity);
    }

    [Theory]
    [InlineData("Whitfield said the chain would close 40 stores, but declined to say how many jobs would be lost.", "Whitfield")]
    [InlineData("The mayor confirmed that the pool would close and refused to say when it might reopen.", "The mayor")]
    [InlineData("Park said the talks had stalled but would not comment on the union's latest offer.", "Park")]
    public void A_decline_after_and_or_but_shares_the_speaker_of_the_statement_before_it(string text, string speaker)
    {
        var result = Extractor.Extract(text);

        result.Statements.Should().ContainSingle();
        var decline = result.Declines.Should().ContainSingle().Subject;
        decline.Speaker!.Text.Should().Be(speaker);
        decline.Speaker.Entity.Should().BeSameAs(result.Statements[0].Speaker!.Entity);
    }

    [Fact]
    public void A_decline_beside_statements_leaves_them_alone()
    {
        const string text = "“We stand by the report,” the editor said. The mayor's office declined to comment.";
        var result = Extractor.Extract(text);

        result.Statements.Should().ContainSingle().Which.Content.Text.Should().Be("“We stand by the report,”");
        result.Declines.Should().ContainSingle().Which.Speaker!.Text.Should().Be("The mayor's office");
    }

    [Theory]
    [InlineData("“I decline to comment on rumours,” the coach said.")]
    [InlineData("The firm reported a decline in sales and said it would cut jobs.")]
    [InlineData("The minister declined an invitation to the summit.")]
    [InlineData("The agency did respond to a request for comment, saying the data were accurate.")]
    [InlineData("She plans to decline to comment until the trial ends.")]
    public void Near_misses_are_not_declines(string text)
    {
        Extractor.Extract(text).Declines.Should().BeEmpty();
    }
}
