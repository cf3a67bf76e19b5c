using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A cue word in its base form used as a noun before a person or group noun (<c>the state auditor</c>, <c>state
/// officials</c>, <c>the report authors</c>) belongs to the source's noun phrase; a cue verb between two noun phrases
/// (<c>Critics claim officials lied</c>) still ends it.
/// </summary>
public sealed class AttributiveCueNounTests
{
    [Theory]
    [InlineData("The state auditor said the pension fund was short by $2 billion.", "The state auditor", "the pension fund was short by $2 billion")]
    [InlineData("On Monday, state officials said the bridge would stay closed until spring.", "state officials", "the bridge would stay closed until spring")]
    [InlineData("The report authors say the findings apply to every county in the region.", "The report authors", "the findings apply to every county in the region")]
    public void The_cue_noun_before_the_head_is_part_of_the_speaker(string text, string speaker, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void State_before_an_abbreviated_title_in_an_appositive_is_no_cue()
    {
        const string text = "His likely rival, state Sen. Ann Cole, has argued that the tax falls hardest on renters.";
        var statement = Extracted.Single(text);
        statement.Cue!.Text.Should().Be("argued");
        statement.Content.Text.Should().Be("the tax falls hardest on renters");
    }

    [Theory]
    [InlineData("According to the state treasurer, revenue fell 4 percent in the second quarter.", "the state treasurer", "revenue fell 4 percent in the second quarter")]
    [InlineData("According to a report from the state auditor, the deficit has doubled since 2019.", "a report from the state auditor", "the deficit has doubled since 2019")]
    [InlineData("Turnout was the lowest in decades, according to state election officials.", "state election officials", "Turnout was the lowest in decades")]
    public void An_according_to_source_keeps_its_cue_noun(string text, string source, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(source);
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_cue_verb_between_two_noun_phrases_still_ends_the_subject()
    {
        var statement = Extracted.Single("Critics claim officials ignored the warnings for years.");
        statement.Speaker!.Text.Should().Be("Critics");
        statement.Cue!.Text.Should().Be("claim");
        statement.Content.Text.Should().Be("officials ignored the warnings for years");
    }
}
