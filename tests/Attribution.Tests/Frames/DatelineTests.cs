using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A wire story's dateline (<c>WASHINGTON (Reuters) -</c>) is not part of the reported clause that opens its first
/// paragraph; a dash inside an ordinary sentence is not a dateline.
/// </summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("WASHINGTON (Reuters) - The Federal Reserve is likely to hold interest rates steady next week, two officials said on Monday.", "The Federal Reserve is likely to hold interest rates steady next week")]
    [InlineData("KYIV, Ukraine — Russian drones struck the city overnight, the mayor said.", "Russian drones struck the city overnight")]
    [InlineData("SPRINGFIELD, Ill., Oct. 5 (AP) -- The state budget will be balanced by spring, the governor said.", "The state budget will be balanced by spring")]
    [InlineData("NEW YORK (AFP) – Shares fell sharply in early trading, traders said.", "Shares fell sharply in early trading")]
    public void A_reported_clause_after_a_dateline_starts_after_it(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_quote_after_a_dateline_is_a_direct_quote()
    {
        var statements = Extracted.Find("LONDON (Reuters) - “We will not back down,” the union's leader said on Tuesday.");

        var statement = statements.Should().ContainSingle(Extracted.Describe(statements)).Subject;
        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Content.Text.Should().Be("“We will not back down,”");
    }

    [Theory]
    [InlineData("NASA - the space agency - will delay the launch again, officials said.", "NASA - the space agency - will delay the launch again")]
    public void A_dash_that_opens_no_dateline_leaves_the_sentence_whole(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday but signaled it would cut them twice this year.", "The Federal Reserve", "signaled", "it would cut them twice this year")]
    [InlineData("FRANKFURT, June 6 (Reuters) - The European Central Bank cut its key rate and said the next move would depend on the data.", "The European Central Bank", "said", "the next move would depend on the data")]
    public void The_subject_after_a_dateline_speaks_for_a_coordinated_cue(string text, string speaker, string cue, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
        statement.Content.Text.Should().Be(content);
    }
}
