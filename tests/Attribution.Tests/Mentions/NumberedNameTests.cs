using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>Names that end in a number (<c>Channel 12</c>) as addressees and speakers; a bare number after a common noun is not one.</summary>
public sealed class NumberedNameTests
{
    [Theory]
    [InlineData("Officials told Channel 12 that the strike would go ahead on Sunday.", "Channel 12", "the strike would go ahead on Sunday")]
    [InlineData("The defence minister told Kan 11 on Tuesday that the army was ready.", "Kan 11", "the army was ready")]
    public void A_numbered_channel_is_the_addressee_not_part_of_the_content(string text, string addressee, string content)
    {
        var s = Extracted.Single(text);
        s.Addressee!.Text.Should().Be(addressee);
        s.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_numbered_channel_can_speak()
    {
        var s = Extracted.Single("Channel 12 reported that the talks had collapsed overnight.");
        s.Speaker!.Text.Should().Be("Channel 12");
    }

    [Fact]
    public void A_number_after_a_common_noun_stays_outside_the_addressee()
    {
        var s = Extracted.Single("The coach told reporters 12 players were injured.");
        s.Addressee!.Text.Should().Be("reporters");
        s.Content.Text.Should().Be("12 players were injured");
    }
}
