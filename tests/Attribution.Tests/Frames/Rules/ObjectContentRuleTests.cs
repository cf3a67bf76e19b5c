using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The shapes <see cref="ObjectContentRule"/> is for (a forecast or estimate whose content is a noun phrase:
/// <c>forecast a 2% rise in unemployment</c>), and the near misses that must stay non-statements.
/// </summary>
public sealed class ObjectContentRuleTests
{
    [Theory]
    [InlineData("The Bank of England forecast a 2% rise in unemployment over the next year.", "The Bank of England", "a 2% rise in unemployment over the next year")]
    [InlineData("The IMF forecast growth of 3.1% for the region, down from 3.4% in April.", "The IMF", "growth of 3.1% for the region, down from 3.4% in April")]
    [InlineData("The trade body forecasts $4 billion in lost exports this year.", "The trade body", "$4 billion in lost exports this year")]
    public void A_noun_phrase_after_a_forecast_cue_is_the_content(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ObjectContentRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Content.Should().Be(content);
        found[0].Kind.Should().Be(StatementKind.Indirect);
    }

    [Theory]
    [InlineData("Economists had forecast it for months.")]
    [InlineData("The storm was forecast to hit the coast on Friday.")]
    [InlineData("The forecast rise in rates worried investors.")]
    [InlineData("The ministry announced the start of the harvest season.")]
    [InlineData("The weather service forecast for the weekend calls for rain.")]
    public void Leaves_pronouns_passives_adjectives_and_other_verbs_alone(string text)
    {
        FrameProbe.By<ObjectContentRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_clause_after_the_cue_goes_to_the_clause_rules()
    {
        var found = FrameProbe.Find("The central bank forecast that inflation would peak in the spring.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Complement.Should().NotBe(nameof(ObjectContentRule));
        found[0].Content.Should().Be("inflation would peak in the spring");
    }
}
