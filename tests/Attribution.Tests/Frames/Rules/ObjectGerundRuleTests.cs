using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The shapes <see cref="ObjectGerundRule"/> is for (evidence showing a noun phrase doing something:
/// <c>The poll shows Clinton leading</c>), and the near misses that must stay non-statements.
/// </summary>
public sealed class ObjectGerundRuleTests
{
    [Theory]
    [InlineData("A Labor Department report showed retail sales rising 0.6% in November.", "A Labor Department report", "retail sales rising 0.6% in November")]
    [InlineData("The latest Quinnipiac poll shows the senator leading by six points in Ohio.", "The latest Quinnipiac poll", "the senator leading by six points in Ohio")]
    [InlineData("Satellite images show the glacier retreating by 40 metres a year.", "Satellite images", "the glacier retreating by 40 metres a year")]
    public void A_phrase_and_an_ing_verb_after_an_evidence_cue_are_the_content(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ObjectGerundRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The survey showed the housing market in deep trouble.")]
    [InlineData("The report showed a rise in consumer spending.")]
    [InlineData("The video shows the officer at the door.")]
    [InlineData("The footage showed them leaving the bank at noon.")]
    public void Leaves_objects_without_an_ing_verb_alone(string text)
    {
        FrameProbe.By<ObjectGerundRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}
