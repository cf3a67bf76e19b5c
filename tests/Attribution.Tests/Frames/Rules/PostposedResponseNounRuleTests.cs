using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PostposedResponseNounRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PostposedResponseNounRuleTests
{
    [Theory]
    [InlineData("“Sell,” was the one-word verdict of another analyst, who asked not to be named.", "“Sell,”", "another analyst")]
    [InlineData("“Not a chance,” came the reply from the defence minister.", "“Not a chance,”", "the defence minister")]
    [InlineData("“Disgraceful and cowardly” was her reaction to the ruling.", "“Disgraceful and cowardly”", "her")]
    [InlineData("“Get the budget done by Friday” was the governor's message to lawmakers.", "“Get the budget done by Friday”", "the governor")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<PostposedResponseNounRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("“Brexit” was the word of the year in 2016.")]
    [InlineData("“The Long Road” was the title of his memoir.")]
    [InlineData("“Forty-two” was the answer to the riddle.")]
    [InlineData("The board said “no” was the answer of the majority.")]
    [InlineData("“Rates are going up” was the message from the markets.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PostposedResponseNounRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}
