using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="CharacterisationRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class CharacterisationRuleTests
{
    [Theory]
    [InlineData("The prime minister described the border talks as productive.", "the border talks as productive", "The prime minister")]
    [InlineData("The foreign ministry dismissed the report as politically motivated.", "the report as politically motivated", "The foreign ministry")]
    [InlineData("Several large investors called the restructuring plan misguided.", "the restructuring plan misguided", "Several large investors")]
    [InlineData("Senator Alvarez called the court's ruling a setback for voters.", "the court's ruling a setback for voters", "Senator Alvarez")]
    [InlineData("Opposition leaders branded him a traitor.", "him a traitor", "Opposition leaders")]
    [InlineData("Environmental groups called the pipeline decision irresponsible.", "the pipeline decision irresponsible", "Environmental groups")]
    [InlineData("The lawyers called the new rules unconstitutional.", "the new rules unconstitutional", "The lawyers")]
    [InlineData("The union hailed the agreement as a breakthrough for nurses.", "the agreement as a breakthrough for nurses", "The union")]
    [InlineData("The finance minister called the third-quarter figures disappointing.", "the third-quarter figures disappointing", "The finance minister")]
    [InlineData("Both delegations called the Geneva talks constructive.", "the Geneva talks constructive", "Both delegations")]
    [InlineData("The regulator labelled the bank's advertising misleading.", "the bank's advertising misleading", "The regulator")]
    [InlineData("Farm groups branded the new quota unfair to small growers.", "the new quota unfair to small growers", "Farm groups")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<CharacterisationRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("She called the police.")]
    [InlineData("The drivers called a strike.")]
    [InlineData("The chairman called the meeting to order.")]
    [InlineData("The network called the race for Ortiz.")]
    [InlineData("After ten hours of searching, the crew called it a day.")]
    [InlineData("The witness described the scene.")]
    [InlineData("The witness described the car as well.")]
    [InlineData("They called their daughter Emma.")]
    [InlineData("What he called a witch hunt ended on Friday.")]
    [InlineData("She called him back.")]
    [InlineData("The mayor called an emergency meeting.")]
    [InlineData("The board called the company's chief executive.")]
    [InlineData("The senator called the final proposal.")]
    [InlineData("The prime minister called a crisis meeting.")]
    [InlineData("The speaker called a public hearing.")]
    [InlineData("The chairman called the annual meeting.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void A_quotation_in_the_clause_is_left_to_the_quote_demanding_rule()
    {
        const string text = "The mayor called the flooding \"a war zone.\"";
        FrameProbe.By<CharacterisationRule>(text).Should().BeEmpty();
        FrameProbe.By<QuoteDemandingCueRule>(text).Should().ContainSingle().Which.Kind.Should().Be(StatementKind.Mixed);
    }

    [Fact]
    public void A_characterisation_and_a_conjoined_cue_share_the_speaker()
    {
        var statements = Extracted.Find("The coach called the decision unjustified but said the team would move on.");

        statements.Select(s => s.Content.Text).Should().BeEquivalentTo(["the decision unjustified", "the team would move on"], Extracted.Describe(statements));
        statements.Should().OnlyContain(s => s.Speaker != null && s.Speaker.Text == "The coach");
    }
}
