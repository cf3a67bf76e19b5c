using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class TextAbbreviationTests
{
    [Fact]
    public void Short_text_is_kept_with_its_whitespace_runs_collapsed()
    {
        TextAbbreviation.Shorten("“So if he comes,\n  he said.”", 80).Should().Be("“So if he comes, he said.”");
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary_and_ends_with_an_ellipsis()
    {
        string shortened = TextAbbreviation.Shorten("The State of Israel cannot sit idly by and wait for the spectacle of buses", 30);

        shortened.Should().Be("The State of Israel cannot…");
        shortened.Length.Should().BeLessThanOrEqualTo(30);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        string shortened = TextAbbreviation.Shorten("abcdefgh🍕🍕🍕🍕🍕🍕", 11);

        shortened.Should().Be("abcdefgh🍕…");
        char.IsHighSurrogate(shortened[^2]).Should().BeFalse();
    }
}
