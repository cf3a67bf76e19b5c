using Attribution.Frames;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// Quotations nested in an attributed quotation with a frame of their own inside it (<see cref="NestedQuoteFinder"/>):
/// PARC 3.0 annotates the inner quote as a direct quote of its own, beside the outer one.
/// </summary>
public sealed class NestedQuoteFinderTests
{
    [Theory]
    [InlineData("“I warned them, ‘This levee will not hold another flood,’ and nobody listened,” the county engineer said.", "I", "warned", "‘This levee will not hold another flood,’")]
    [InlineData("“He looked at me and said, ‘Coach, I'm finished,’” Delgado recalled.", "He", "said", "‘Coach, I'm finished,’")]
    [InlineData("“My grandmother always told me: ‘Never borrow what you cannot repay.’ I still live by that,” said Nadia Farouk.", "My grandmother", "told", "‘Never borrow what you cannot repay.’")]
    [InlineData("“‘We are done for the day,’ the foreman said, and he walked off the site,” one laborer recalled.", "the foreman", "said", "‘We are done for the day,’")]
    [InlineData("“Everyone asks, ‘Why don't you sell?’ But this farm is my life,” Haskins said.", "Everyone", "asks", "‘Why don't you sell?’")]
    [InlineData("‘The chairman told us, “There will be no bonuses this year,”’ a bank employee said.", "The chairman", "told", "“There will be no bonuses this year,”")]
    [InlineData("“He kept saying ‘We'll fix the roof next spring,’ year after year,” the tenant said.", "He", "saying", "‘We'll fix the roof next spring,’")]
    [InlineData("“My father was always saying, ‘Never bet against the weather.’ He was right,” Marsh added.", "My father", "saying", "‘Never bet against the weather.’")]
    [InlineData("\"The shift boss told me, \"Go home, the mine is closed,\" and that was the last day,\" said Aaron Pike.", "The shift boss", "told", "\"Go home, the mine is closed,\"")]
    public void A_quote_framed_inside_a_quote_is_a_direct_statement_beside_it(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.Find(text);
        var nested = found.Where(s => s.Rule == nameof(NestedQuoteFinder)).ToList();
        nested.Should().ContainSingle(FrameProbe.Describe(found));
        nested[0].Speaker.Should().Be(speaker);
        nested[0].Cue.Should().Be(cue);
        nested[0].Content.Should().Be(content);
        char outerMark = text[0];
        found.Should().Contain(s => s.Rule != nameof(NestedQuoteFinder) && s.Content[0] == outerMark, "the outer quote stays a statement of its own");
    }

    [Theory]
    [InlineData("“Our drivers said ‘no’ to the overtime, and I backed them,” the depot manager said.")]
    [InlineData("“He kept saying ‘maybe’ until we gave up,” the tenant said.")]
    [InlineData("“She left without saying ‘Thank you, all of you,’ to anyone,” an aide said.")]
    [InlineData("“Traders call it the ‘widow maker’ for a reason,” said an analyst at the bank.")]
    [InlineData("“We watched ‘The Last Waltz’ on the bus home,” said the band's drummer.")]
    [InlineData("“When reporters asked about the ‘smoking gun,’ he just laughed,” Kerr said.")]
    [InlineData("The bar's menu lists a drink called “The ‘Senator,’ said to be strong” at the top.")]
    public void Leaves_quoted_words_titles_and_unattributed_quotations_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().NotContain(s => s.Rule == nameof(NestedQuoteFinder), FrameProbe.Describe(found));
    }

    [Fact]
    public void A_first_person_source_resolves_to_the_speaker_of_the_outer_quote()
    {
        var statements = Extracted.Find("“I thought, ‘This is the end of my career,’” Marcus Bishop told the committee on Tuesday.");
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        var inner = statements.Single(s => s.Content.Text.StartsWith('‘'));
        inner.Kind.Should().Be(StatementKind.Direct);
        inner.Speaker!.Text.Should().Be("I");
        inner.Speaker.Entity!.Name.Should().Be("Marcus Bishop");
        inner.IsSpeech.Should().BeFalse("a thought is no speech");
    }

    [Fact]
    public void The_listener_in_the_inner_frame_is_the_addressee()
    {
        var statements = Extracted.Find("“The inspector told us, ‘Shut it down today,’ so we did,” said plant manager Joan Pike.");
        var inner = statements.Single(s => s.Content.Text.StartsWith('‘'));
        inner.Speaker!.Text.Should().Be("The inspector");
        inner.Addressee!.Text.Should().Be("us");
    }
}
