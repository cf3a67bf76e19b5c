using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// What the frame's adjuncts between the cue and the content take in: a relative clause set off on the adjunct (skipped
/// to the <c>that</c> clause), a relative clause on an object (no content of the verb), a group noun after <c>to</c> (the
/// addressee, not an infinitive), a reduced relative clause on the addressee (<c>told supporters gathered in Phoenix that</c>).
/// </summary>
public sealed class FrameAdjunctTests
{
    [Theory]
    [InlineData("He said in a statement, which was posted online, that the company would appeal.", "the company would appeal")]
    [InlineData("She wrote in a letter, which the Guardian obtained, that the board had been misled.", "the board had been misled")]
    public void A_relative_clause_on_the_frame_s_adjunct_is_skipped_to_the_that_clause(string text, string content)
    {
        Extracted.Single(text).Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_relative_clause_on_an_object_is_no_content_of_the_verb_before_it()
    {
        var statements = Extracted.Find("Local residents have long complained about the noise, which they say keeps them awake at night.");

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Cue!.Text.Should().Be("say");
    }

    [Theory]
    [InlineData("The chief executive wrote in a memo to staff: \"We have to move faster.\"", "wrote")]
    [InlineData("The chief executive told staff in a memo: \"We have to move faster.\"", "told")]
    public void Staff_is_whom_a_memo_is_addressed_to_not_a_verb(string text, string cue)
    {
        var statement = Extracted.Single(text);
        statement.Cue!.Text.Should().Be(cue);
        statement.Addressee!.Text.Should().Be("staff");
        statement.Content.Text.Should().Be("\"We have to move faster.\"");
    }

    [Theory]
    [InlineData("The president told supporters gathered in Phoenix that the election had been stolen.", "supporters", "the election had been stolen")]
    [InlineData("The senator told reporters traveling with him that a deal was close.", "reporters", "a deal was close")]
    [InlineData("Police told residents living near the river to leave their homes by nightfall.", "residents", "to leave their homes by nightfall")]
    [InlineData("The company told investors meeting in New York it expected profits to fall.", "investors", "it expected profits to fall")]
    public void A_reduced_relative_clause_on_the_addressee_is_skipped_to_the_content(string text, string addressee, string content)
    {
        // "it expected profits to fall" is also the company's nested belief (PARC 3.0 counts it): the frame of "told" is the one asserted on.
        var statements = Extracted.Find(text);
        var statement = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "told", Extracted.Describe(statements)).Subject;
        statement.Addressee!.Text.Should().Be(addressee);
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_participle_s_own_infinitive_is_no_content_of_the_cue()
    {
        var statements = Extracted.Find("The chief executive told analysts looking to buy shares that the offer would close on Friday.");

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be("the offer would close on Friday");
    }

    [Theory]
    [InlineData("The governor told reporters on Monday, who had gathered outside the statehouse, that she would not resign.", "she would not resign")]
    [InlineData("The spokeswoman told reporters aboard the plane that the state was ready to help.", "the state was ready to help")]
    public void A_relative_clause_after_a_time_and_a_place_aboard_are_skipped_to_the_that_clause(string text, string content)
    {
        Extracted.Single(text).Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The candidate told a meeting of party leaders that the campaign was out of money.", "a meeting")]
    [InlineData("The senator told a gathering of donors in Miami that she would run again.", "a gathering")]
    public void An_occasion_in_ing_after_an_article_is_the_addressee(string text, string addressee)
    {
        var statement = Extracted.Single(text);
        statement.Addressee!.Text.Should().StartWith(addressee);
        statement.Content.Text.Should().NotStartWith(addressee);
    }
}
