using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ResponseNounRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ResponseNounRuleTests
{
    [Theory]
    [InlineData("Turnout in the district hit a record. The verdict from residents was plain: “Fix the roads first.”", "“Fix the roads first.”", "residents")]
    [InlineData("The governor's reply was short: “Not while I hold this office.”", "“Not while I hold this office.”", "The governor")]
    [InlineData("Coach Dana Ruiz has seen a dozen rookies fold under pressure. Her advice to the newcomers: “Stop reading your own clippings.”", "“Stop reading your own clippings.”", "Her")]
    [InlineData("The club offered Okonkwo a two-year extension. His answer to the offer? “I want to test the market.”", "“I want to test the market.”", "His")]
    [InlineData("The union's message to management was blunt and short: “Pay us or we walk.”", "“Pay us or we walk.”", "The union")]
    [InlineData("Senator Alan Brooks's reaction? “Brilliant.”", "“Brilliant.”", "Senator Alan Brooks")]
    [InlineData("Investors wanted to know if the dividend would survive. Her response: “The dividend is safe.”", "“The dividend is safe.”", "Her")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ResponseNounRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("The answer was simple: “Build more homes near the stations.”")]
    [InlineData("His answer to critics was a new book: “The Long Road Home.”")]
    [InlineData("The message from the markets was clear: “Sell everything now.”")]
    [InlineData("Her answer surprised everyone in the room: “We will sign it today.”")]
    [InlineData("The answer to the riddle? “A towel on a hook.”")]
    [InlineData("His message was printed on the posters that covered the town, and the slogan stuck: “Vote for change.”")]
    [InlineData("Her answer was read out by a clerk: “I decline to attend.”")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ResponseNounRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_quote_framed_by_a_verb_stays_with_its_own_rule()
    {
        var found = FrameProbe.Find("Her answer to the offer? “No, not at this price,” she said.");
        found.Should().ContainSingle().Which.Rule.Should().NotBe(nameof(ResponseNounRule));
    }
}
