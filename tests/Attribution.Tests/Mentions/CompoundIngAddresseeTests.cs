using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// An -ing word that makes compound nouns (<c>shipping</c>, <c>ruling</c>, <c>polling</c>) before a person or group noun is part
/// of the addressee after <c>told</c>, so the addressee stays out of the content; a verb in -ing after the cue still is not.
/// </summary>
public sealed class CompoundIngAddresseeTests
{
    [Theory]
    [InlineData("The port authority told shipping agents that the terminal would reopen on Friday.", "shipping agents", "the terminal would reopen on Friday")]
    [InlineData("The prime minister told the ruling party that early elections were off the table.", "the ruling party", "early elections were off the table")]
    public void The_compound_noun_is_the_addressee(string text, string addressee, string content)
    {
        var s = Extracted.Single(text);
        s.Addressee!.Text.Should().Be(addressee);
        s.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Agents_are_people_who_speak()
    {
        var s = Extracted.Single("FBI agents said the suspect had fled across the border.");
        s.Speaker!.Text.Should().Be("FBI agents");
        s.Content.Text.Should().Be("the suspect had fled across the border");
    }
}
