using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PostposedClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PostposedClauseRuleTests
{
    [Theory]
    [InlineData("The talks will resume next week, a spokesman said.", "The talks will resume next week", "a spokesman")]
    [InlineData("Prices will keep rising, said Jane Ito, an analyst at Nordbank.", "Prices will keep rising", "Jane Ito")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<PostposedClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The crowd was angry, she shouted.")]
    [InlineData("In a statement, the governor said the plan would go ahead.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PostposedClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Clause_then_speaker_and_cue()
    {
        var s = Extracted.Single("The bridge will stay closed until March, the transport ministry said.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Content.Text.Should().Be("The bridge will stay closed until March");
        s.Speaker!.Text.Should().Be("the transport ministry");
        s.Speaker.Kind.Should().Be(MentionKind.Organization);
    }

    [Theory]
    [InlineData("The company's chief executive, Jane Doe, announced the layoffs.")]
    [InlineData("Park's neighbour, Jim Olsen, recalled the moment.")]
    [InlineData("The mayor, a Democrat, confirmed the decision.")]
    [InlineData("Assembly Minority Leader Carla Diaz, of Fresno, applauded the veto.")]
    [InlineData("Rep. Dale Hummel, from Lubbock, criticized the ruling.")]
    [InlineData("Greta Lindqvist, 71, welcomed the verdict.")]
    [InlineData("Councilwoman Dana Ortiz, reached by phone, disputed the figures.")]
    [InlineData("Ortiz, who lost the primary by 300 votes, conceded the race.")]
    public void A_subject_with_its_appositive_is_not_a_clause_before_an_inverted_frame(string text)
    {
        // Without the check the object after the verb ("the layoffs") was read as an inverted speaker of the subject.
        FrameProbe.By<PostposedClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("Dr. Omar Haddad, a cardiologist at Lakeside Hospital who was not involved in the study, said the drug's side effects, chiefly dizziness, were \"real but rare.\"", "Dr. Omar Haddad", "the drug's side effects, chiefly dizziness, were \"real but rare.\"")]
    [InlineData("Marta Solberg, a lawyer for the families who sued the county, said the county's insurers were stalling.", "Marta Solberg", "the county's insurers were stalling")]
    public void A_phrase_after_the_cue_that_opens_a_clause_is_no_inverted_speaker(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_clause_before_an_inverted_frame_still_is_one()
    {
        var found = FrameProbe.By<PostposedClauseRule>("The talks will resume next week, said Jane Ito, the union's negotiator.");
        found.Should().ContainSingle().Which.Speaker.Should().Be("Jane Ito");
    }
}
