using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="WriterParticipleRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class WriterParticipleRuleTests
{
    [Theory]
    [InlineData("The forum filled with angry comments, with one poster writing \"this is a disgrace to the club.\"", "\"this is a disgrace to the club.\"", "one poster")]
    [InlineData("She received a message stating that the flight had been cancelled.", "the flight had been cancelled", "a message")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<WriterParticipleRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("He left without saying why the meeting ended.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<WriterParticipleRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_the_participle_after_a_preposition_takes_the_clause_subject()
    {
        var without = FrameProbe.Find("He left without saying why the meeting ended.", FrameProbe.DefaultRules.Without<WriterParticipleRule>());
        without.Should().ContainSingle(FrameProbe.Describe(without)).Which.Speaker.Should().Be("He");
    }

    [Theory]
    [InlineData("The video drew thousands of replies, with one user writing \"This is the best thing I have seen all year.\"", "one user")]
    [InlineData("The column angered fans, with one commenter saying \"Nobody asked for this change.\"", "one commenter")]
    [InlineData("Readers were divided, with one reader writing \"The paper has lost its way.\"", "one reader")]
    public void Online_posters_and_readers_speak_in_a_with_phrase(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Warren wrote to Powell last week urging him to cut interest rates.", "Warren", "him", "to cut interest rates")]
    [InlineData("The senators sent a letter to the commissioner urging her to delay the vote.", "The senators", "her", "to delay the vote")]
    public void After_a_time_or_the_recipient_the_clause_subject_writes(string text, string speaker, string addressee, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be("urging");
        statement.Addressee!.Text.Should().Be(addressee);
        statement.Content.Text.Should().Be(content);
    }
}
