using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ConjoinedVerbRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ConjoinedVerbRuleTests
{
    [Theory]
    [InlineData("Zuckerberg tweeted to Mohamed and said the boy was welcome at the company.", "the boy was welcome at the company", "Zuckerberg")]
    [InlineData("Senator Maria Lopez met the families and promised that the mine would close.", "the mine would close", "Senator Maria Lopez")]
    [InlineData("The club chairman thanked the departing coach but said a change had been overdue.", "a change had been overdue", "The club chairman")]
    [InlineData("The treasurer praised the audit, but warned that the pension fund was still short.", "the pension fund was still short", "The treasurer")]
    [InlineData("Governor Ana Prieto praised the province's rescue crews as tireless and warned the toll could rise.", "the toll could rise", "Governor Ana Prieto")]
    [InlineData("The retailer has closed 40 stores but has long maintained that online sales will carry it.", "online sales will carry it", "The retailer")]
    [InlineData("The mayor thanked road crews for their \"tireless work\" and said the highway would reopen on Monday.", "the highway would reopen on Monday", "The mayor")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ConjoinedVerbRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The driver was stopped and told to leave.")]
    [InlineData("I went home and said the day was over.")]
    [InlineData("The plant was closed but told to reopen by May.")]
    [InlineData("The driver, who was stopped at the border, but said nothing, was released.")]
    [InlineData("The coach left the pitch as the home fans jeered and said nothing to reporters.")]
    [InlineData("The minister toured the plant because workers had walked out and said the jobs were safe.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ConjoinedVerbRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("Senator Maria Lopez met with dairy farmers in Wisconsin and said the new tariffs would hurt their exports.", "Maria Lopez", "the new tariffs would hurt their exports")]
    [InlineData("The bank cut its forecast on Friday and warned that inflation could stay high until next year.", "The bank", "inflation could stay high until next year")]
    [InlineData("WASHINGTON (AP) — Senate Democrats on Thursday unveiled a short-term spending bill and said it would keep the government open.", "Senate Democrats", "it would keep the government open")]
    [InlineData("President Elena Duarte, who toured the flooded towns on Saturday, promised federal aid and said the army would help with the rescue.", "Elena Duarte", "the army would help with the rescue")]
    [InlineData("The plant manager phoned the union that evening and said the night shift would be cut.", "The plant manager", "the night shift would be cut")]
    public void A_cue_conjoined_to_an_earlier_verb_phrase_takes_the_clause_subject(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Speaker!.Text.Should().Contain(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_time_after_that_in_the_first_conjunct_keeps_the_subject_of_a_quote()
    {
        var statements = Extracted.Find("She called me that night and said, \"Coach, I'm still on this team.\"");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("She");
        statements[0].Content.Text.Should().Be("\"Coach, I'm still on this team.\"");
    }

    [Theory]
    [InlineData("The driver was stopped at the border and told to turn back.")]
    [InlineData("The protesters marched to the square and shouted slogans.")]
    public void A_passive_or_objectless_conjoined_cue_is_not_a_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}
