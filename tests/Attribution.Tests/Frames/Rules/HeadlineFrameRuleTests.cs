using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The title-case headlines <see cref="HeadlineFrameRule"/> reads (any cue verb of the lexicon in its -s or past form, not only
/// <c>Says</c>), and the headlines with a cue word that report nothing (issue 18).
/// </summary>
public sealed class HeadlineFrameRuleTests
{
    /// <summary>A body paragraph after the headline, as in a real story: the headline is its own paragraph.</summary>
    private const string Body = "\n\nThe remarks came at a news conference on Tuesday.";

    [Theory]
    [InlineData("Powell Warns Inflation Remains Too High", "Powell", "Warns", "Inflation Remains Too High")]
    [InlineData("Trump Warns He Will Not Concede", "Trump", "Warns", "He Will Not Concede")]
    [InlineData("Mayor Vows to Fight State Cuts", "Mayor", "Vows", "to Fight State Cuts")]
    [InlineData("Union Threatens to Strike Over Pay", "Union", "Threatens", "to Strike Over Pay")]
    [InlineData("Trump Claims He Won", "Trump", "Claims", "He Won")]
    [InlineData("Fed Signals Rate Cuts Ahead", "Fed", "Signals", "Rate Cuts Ahead")]
    [InlineData("Minister Insists Talks Have Not Failed", "Minister", "Insists", "Talks Have Not Failed")]
    [InlineData("Study Finds Number of Nesting Birds Fell by a Third", "Study", "Finds", "Number of Nesting Birds Fell by a Third")]
    [InlineData("Governor Says She Will Not Seek Re-Election", "Governor", "Says", "She Will Not Seek Re-Election")]
    [InlineData("Ministry Admits That Data Was Lost", "Ministry", "Admits", "Data Was Lost")]
    public void A_capitalised_cue_reports_the_rest_of_the_headline(string headline, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<HeadlineFrameRule>(headline + Body);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(headline + Body)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Senator Urges Congress to Act on Guns", "Congress", "to Act on Guns")]
    [InlineData("Trump Tells Reporters He Will Not Concede", "Reporters", "He Will Not Concede")]
    public void A_request_or_telling_names_whom_it_addresses(string headline, string addressee, string content)
    {
        var found = FrameProbe.By<HeadlineFrameRule>(headline + Body);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(headline + Body)));
        found[0].Addressee.Should().Be(addressee);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Apple Unveils New iPhone")]
    [InlineData("Biden Warns Russia Over Ukraine")]
    [InlineData("Trump Claims Victory in Ohio Counties")]
    [InlineData("Minister Warns of Rising Risks")]
    [InlineData("Police Say Nothing")]
    [InlineData("Senate Report on Spy Agency Released")]
    public void A_headline_with_no_clause_after_its_cue_reports_nothing(string headline)
    {
        var found = FrameProbe.Find(headline + Body);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void A_capitalised_cue_in_running_text_is_left_to_the_name_reading()
    {
        const string text = "The singer Faith Warns performed with the choir on Friday, and the crowd cheered her.";
        FrameProbe.By<HeadlineFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}
