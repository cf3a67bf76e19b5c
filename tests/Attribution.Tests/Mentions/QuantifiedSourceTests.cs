using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>An inverted speaker that counts people (<c>said hundreds of protesters</c>) is the whole phrase, not an empty quantity.</summary>
public sealed class QuantifiedSourceTests
{
    [Theory]
    [InlineData("“We want answers,” said hundreds of protesters outside parliament on Saturday.", "hundreds of protesters")]
    [InlineData("“Holm out!” chanted thousands of supporters after the final whistle.", "thousands of supporters")]
    [InlineData("“The water is still brown,” said dozens of residents at the meeting.", "dozens of residents")]
    public void A_counted_group_after_the_cue_is_the_speaker(string text, string speaker)
    {
        var s = Extracted.Single(text);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_count_of_a_named_group_keeps_its_name()
    {
        var s = Extracted.Single("“Enough is enough,” said hundreds of Tesco workers outside the depot.");
        s.Speaker!.Text.Should().StartWith("hundreds of");
    }
}
