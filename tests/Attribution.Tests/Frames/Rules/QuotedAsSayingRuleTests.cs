using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuotedAsSayingRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuotedAsSayingRuleTests
{
    [Theory]
    [InlineData("The minister was quoted as saying the talks had failed.", "the talks had failed", "The minister")]
    [InlineData("The coach was quoted as saying: \"We are not finished yet.\"", "\"We are not finished yet.\"", "The coach")]
    [InlineData("Reuters quoted a senior official as saying: “The talks are dead.”", "“The talks are dead.”", "a senior official")]
    [InlineData("State media quoted President Ali Hassan as saying that the army would defend every inch of the border.", "the army would defend every inch of the border", "President Ali Hassan")]
    [InlineData("The Times cited two people familiar with the matter as saying the deal would be signed on Monday.", "the deal would be signed on Monday", "two people familiar with the matter")]
    [InlineData("The striker was quoted by the Evening Herald as saying he wanted to stay.", "he wanted to stay", "The striker")]
    [InlineData("The finance minister was cited as saying that the budget would be cut.", "the budget would be cut", "The finance minister")]
    [InlineData("The agency said, quoting a local police chief as saying, “Six people are still missing.”", "“Six people are still missing.”", "a local police chief")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuotedAsSayingRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Was quoted as saying nothing.")]
    [InlineData("The minister was quoted as saying nothing.")]
    [InlineData("The report quoted figures from the census, as saying goes, and moved on.")]
    [InlineData("Reuters quoted the figures in a story about the strike, as the union was saying all along.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuotedAsSayingRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_outlet_that_quotes_is_not_the_speaker()
    {
        var s = Extracted.Single("Reuters quoted a senior official as saying: “The talks are dead.”");
        s.Speaker!.Text.Should().Be("a senior official");
        s.Kind.Should().Be(StatementKind.Direct);
    }

    [Fact]
    public void Quoted_as_saying()
    {
        var s = Extracted.Single("The coach was quoted as saying the team had “nothing left to give.”");
        s.Speaker!.Text.Should().Be("The coach");
        s.Cue!.Text.Should().Be("saying");
        s.Kind.Should().Be(StatementKind.Mixed);
    }
}
