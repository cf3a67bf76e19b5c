using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuotingPhraseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuotingPhraseRuleTests
{
    [Theory]
    [InlineData("The ruling was a blow to the union. In the words of its president, Karen Doyle, “This is the darkest day for workers in a generation.”",
        "“This is the darkest day for workers in a generation.”", "its president")]
    [InlineData("The child's skin cracked whenever she was dressed, and in the words of the prosecutor, “she spent her last months in constant pain.”",
        "“she spent her last months in constant pain.”", "the prosecutor")]
    [InlineData("To quote the governor, “We are not going anywhere, and neither is this plant.”", "“We are not going anywhere, and neither is this plant.”", "the governor")]
    [InlineData("In the mayor's words, “the city cannot wait another decade.”", "“the city cannot wait another decade.”", "the mayor")]
    [InlineData("Lopez later apologised. In his own words: “I made a mistake and I am sorry.”", "“I made a mistake and I am sorry.”", "his")]
    [InlineData("The new stadium has divided the town. As one shopkeeper put it, “Nobody asked us what we wanted.”", "“Nobody asked us what we wanted.”", "one shopkeeper")]
    [InlineData("“We will be back next season,” in the words of the coach.", "“We will be back next season,”", "the coach")]
    [InlineData("“Nobody asked us what we wanted,” as one shopkeeper put it.", "“Nobody asked us what we wanted,”", "one shopkeeper")]
    [InlineData("The hearing ran late. “I have lost two businesses to that river.” That was how Maria Gomez put it.", "“I have lost two businesses to that river.”", "Maria Gomez")]
    [InlineData("“Leave no family behind.” Those were the words of the late senator Ruth Alder.", "“Leave no family behind.”", "the late senator Ruth Alder")]
    [InlineData("“We need a budget that protects the buses” — that was the message from Councillor Priya Shah on Tuesday.",
        "“We need a budget that protects the buses”", "Councillor Priya Shah")]
    [InlineData("The vote was close. “Nobody here wanted to be first.” That was the verdict of the committee chairman, Ron Adler.",
        "“Nobody here wanted to be first.”", "the committee chairman")]
    [InlineData("Engineers like to repeat a line attributed to Henry Ford: “If you need a machine and don't buy it, you pay for it anyway.”",
        "“If you need a machine and don't buy it, you pay for it anyway.”", "Henry Ford")]
    [InlineData("There is an old saying often attributed to Mark Twain — “History never repeats itself, but it does often rhyme.”",
        "“History never repeats itself, but it does often rhyme.”", "Mark Twain")]
    [InlineData("“Nobody asked the people who live here,” was how one shopkeeper put it.", "“Nobody asked the people who live here,”", "one shopkeeper")]
    [InlineData("“Not one more school will close on my watch.”\n\nThat was the message from Governor Ellen Park on Thursday as she signed the budget into law.",
        "“Not one more school will close on my watch.”", "Governor Ellen Park")]
    [InlineData("“Keep your doors locked tonight.” That was the warning from the county sheriff, Dale Voss, as the storm moved in.",
        "“Keep your doors locked tonight.”", "the county sheriff")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuotingPhraseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("In other words, “the plan is dead and everyone knows it.”")]
    [InlineData("In the words of the song “Bridge Over Troubled Water” the choir sang on.")]
    [InlineData("She printed the words of “Amazing Grace” on the back of the programme.")]
    [InlineData("In the words of the report, which the council published, it was “a failure of nerve.”")]
    [InlineData("As the storm put it out of action, “the old mill” stood silent for a week.")]
    [InlineData("The museum screened “Rising Water Over The Valley” in the evening. That was how the festival began.")]
    [InlineData("The delay was attributed to the storm: “Flights are suspended until further notice.”")]
    [InlineData("“Keep the lights on” — that was the message of the campaign, printed on every poster in the city.")]
    [InlineData("“Rates must fall this year.” That was the view of the markets on Friday.")]
    [InlineData("The council met late. “Not one more school will close.”\n\nThat was the message from Governor Ellen Park, who signed the budget.")]
    [InlineData("“Not one more school will close on my watch.”\n\nThat was the message of the campaign as it closed its final week.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuotingPhraseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_source_of_in_the_words_of_is_the_speaker_with_its_appositive_resolved()
    {
        var s = Extracted.Single("In the words of the city engineer, Tom Becker, “the levee was built for a river that no longer exists.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Speaker!.Text.Should().Be("the city engineer");
        s.Cue.Should().BeNull("the phrase has no verb of saying");
    }

    [Fact]
    public void A_new_source_is_not_the_speaker_of_the_quote_before()
    {
        var statements = Extracted.Find("“We have waited long enough,” said Mayor Lena Ortiz. To quote her rival, Raj Patel, “Nobody on this council has seen a budget.”");
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[1].Speaker!.Text.Should().Be("her rival");
    }
}
