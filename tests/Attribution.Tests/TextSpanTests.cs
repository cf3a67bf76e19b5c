namespace Attribution.Tests;

public class TextSpanTests
{
    [Fact]
    public void End_is_exclusive()
    {
        var span = new TextSpan(4, 8);
        span.Length.Should().Be(4);
        span.Contains(4).Should().BeTrue();
        span.Contains(8).Should().BeFalse();
        span.Slice("The Guterres said").Should().Be("Gute");
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        new TextSpan(0, 5).OverlapsWith(new TextSpan(5, 9)).Should().BeFalse();
        new TextSpan(0, 6).OverlapsWith(new TextSpan(5, 9)).Should().BeTrue();
        new TextSpan(0, 6).OverlapLength(new TextSpan(3, 9)).Should().Be(3);
    }

    [Fact]
    public void A_negative_start_or_an_end_before_the_start_is_rejected()
    {
        var negative = () => new TextSpan(-1, 3);
        var reversed = () => new TextSpan(5, 3);
        negative.Should().Throw<ArgumentOutOfRangeException>();
        reversed.Should().Throw<ArgumentOutOfRangeException>();
    }
}
