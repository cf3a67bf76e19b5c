using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="HeadlineQuoteLabelRule"/> is for, and the near misses it must leave alone (headlines and decks).</summary>
public sealed class HeadlineQuoteLabelRuleTests
{
    [Theory]
    [InlineData("'It's a disgrace': Fans turn on club owner after sale\n\nSupporters gathered outside the ground on Saturday.", "'It's a disgrace'", "Fans")]
    [InlineData("“We’re heartbroken”: Family of missing hiker pays tribute\n\nThe search was called off on Friday.", "“We’re heartbroken”", "Family")]
    [InlineData("'Nobody is safe': residents flee as wildfire spreads\n\nThe fire doubled in size overnight.", "'Nobody is safe'", "residents")]
    [InlineData("\"We will not be bullied\": Prime Minister Anthony Albanese hits back at Beijing\n\nThe row deepened on Monday.", "\"We will not be bullied\"", "Prime Minister Anthony Albanese")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<HeadlineQuoteLabelRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("‘Absolutely devastating’: Floods hit coastal town\n\nWater rose two metres overnight.")]
    [InlineData("\"Not again\": A look at the week in politics\n\nIt was a busy week.")]
    [InlineData("'Unstoppable': He quits after ten years\n\nThe coach left on Monday.")]
    [InlineData("The mayor spoke for an hour. \"No deal\": residents were told the same thing three times over at the meeting.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<HeadlineQuoteLabelRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_headline_quote_goes_to_the_subject_and_the_body_is_read_as_usual()
    {
        var statements = Extracted.Find("'We will rebuild': Survivors count the cost of earthquake\n\n\"This is our home,\" said Amina Diallo, 40.");

        statements.Select(s => (s.Content.Text, s.Speaker!.Text)).Should().Equal(
            ("'We will rebuild'", "Survivors"), ("\"This is our home,\"", "Amina Diallo"));
    }
}
