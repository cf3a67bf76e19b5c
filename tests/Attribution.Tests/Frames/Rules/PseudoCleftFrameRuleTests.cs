using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PseudoCleftFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PseudoCleftFrameRuleTests
{
    [Theory]
    [InlineData("“We have nothing to add,” was all the company's lawyer would say.", "“We have nothing to add,”", "the company's lawyer")]
    [InlineData("The strike entered its third week. “We are not going back without a contract.” That is what union steward Carla Mendes told the crowd on Friday.",
        "“We are not going back without a contract.”", "union steward Carla Mendes")]
    [InlineData("“It looked like a war zone,” was how one resident, Omar Haddad, described the street after the blast.", "“It looked like a war zone,”", "one resident")]
    [InlineData("“Build the wall higher” is what the villagers told the engineers.", "“Build the wall higher”", "the villagers")]
    [InlineData("“Long overdue” is also how the senator described the last highway bill, in 2015.", "“Long overdue”", "the senator")]
    [InlineData("“Get out of my office,” was exactly what the minister told the two aides.", "“Get out of my office,”", "the minister")]
    [InlineData("“It was like a bomb went off,” — that is how one shop owner, Dev Mistry, described the blast.", "“It was like a bomb went off,”", "one shop owner")]
    [InlineData("“We have been forgotten” — this is what a farmer, Ruth Ngata, 58, told the inquiry.", "“We have been forgotten”", "a farmer")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<PseudoCleftFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Kind.Should().Be(StatementKind.Direct);
    }

    [Fact]
    public void The_listener_of_told_is_the_addressee_not_the_content()
    {
        var found = FrameProbe.Find("“Nobody is above the law.” That is what the judge told the jury before it retired.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Content.Should().Be("“Nobody is above the law.”");
        found[0].Addressee.Should().Be("the jury");
    }

    [Theory]
    [InlineData("That is what the mayor said last year, and nothing has changed.")]
    [InlineData("“The bridge is safe.”\n\nThat is what the engineers said before it fell.")]
    [InlineData("What the mayor said was “let them wait,” according to two aides.")]
    [InlineData("The council approved “Plan B” and that is what the mayor wanted.")]
    [InlineData("The council approved “Plan B”, which is also what the mayor wanted.")]
    [InlineData("The council approved the plan — that is what the mayor wanted all along.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PseudoCleftFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}
