using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// An adverb between an article and its noun (<c>an earlier trial</c>, <c>the only witness</c>) modifies the noun and stays in
/// the speaker's phrase, so a speaker post-modified by such a phrase is found (<c>a juror in an earlier trial told …</c>).
/// </summary>
public sealed class AdverbAfterArticleTests
{
    [Theory]
    [InlineData("\"We never saw the evidence,\" a juror in an earlier trial told The Globe.", "\"We never saw the evidence,\"")]
    [InlineData("\"He was calm the whole time,\" the only witness to the crash said.", "\"He was calm the whole time,\"")]
    public void The_quote_keeps_its_speaker(string text, string content)
    {
        var s = Extracted.Single(text);
        s.Content.Text.Should().Be(content);
        s.Speaker.Should().NotBeNull();
        s.Speaker!.Text.Should().ContainAny("juror", "witness");
    }

    [Fact]
    public void A_forward_frame_keeps_its_speaker()
    {
        var s = Extracted.Single("A juror in an earlier trial told The Globe that the panel had been rushed.");
        s.Speaker!.Text.Should().StartWith("A juror");
        s.Content.Text.Should().Be("the panel had been rushed");
    }
}
