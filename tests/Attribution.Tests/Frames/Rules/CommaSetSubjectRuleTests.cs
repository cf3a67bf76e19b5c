using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="CommaSetSubjectRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class CommaSetSubjectRuleTests
{
    [Theory]
    [InlineData("The security firm Secunia, has said that the flaw is serious.", "the flaw is serious", "The security firm Secunia")]
    [InlineData("Researchers at the University of Oslo, reported that the ice was thinning.", "the ice was thinning", "Researchers at the University of Oslo")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<CommaSetSubjectRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Institutional recipients, said Mauer, are required to report every grant.")]
    [InlineData("He, said the plan was sound.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<CommaSetSubjectRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("The consumer group TechWatch, has said that most smart doorbells it tested were easy to hack.", "most smart doorbells it tested were easy to hack")]
    [InlineData("The findings of the national water survey published in the Lancet this week, revealed that one in five wells was contaminated.", "one in five wells was contaminated")]
    [InlineData("Dana Ortiz for the Northern Rail Authority, says they are reviewing the timetable before the winter.", "they are reviewing the timetable before the winter")]
    public void A_subject_cut_off_from_its_cue_by_a_stray_comma_is_still_the_speaker(string text, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker.Should().NotBeNull();
    }
}
