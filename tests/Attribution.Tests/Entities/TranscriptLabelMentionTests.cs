namespace Attribution.Tests.Entities;

/// <summary>
/// A transcript's speaker labels (<c>WALLACE:</c>) resolved to the person the introduction names are mentions of that
/// person: listed in the entity's mentions and aliases, once per turn.
/// </summary>
public sealed class TranscriptLabelMentionTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void Each_label_is_a_mention_of_the_person_named_in_the_introduction()
    {
        const string text = "Chris Wallace interviewed Senator Lindsey Graham on Sunday.\n\n"
            + "WALLACE: Senator, do you support the bill?\n\n"
            + "GRAHAM: I do. I think it's a good start.\n\n"
            + "WALLACE: And the White House?\n\n"
            + "GRAHAM: They'll come around.";

        var result = Extractor.Extract(text);

        var wallace = result.Entities.Should().ContainSingle(e => e.Name == "Chris Wallace").Subject;
        wallace.Mentions.Select(m => m.Slice(text)).Should().Equal("Chris Wallace", "WALLACE", "WALLACE");
        wallace.Aliases.Should().Contain("WALLACE");
        var graham = result.Entities.Should().ContainSingle(e => e.Name == "Lindsey Graham").Subject;
        graham.Mentions.Select(m => m.Slice(text)).Should().StartWith("Senator Lindsey Graham").And.ContainInOrder("GRAHAM", "GRAHAM");
        graham.Mentions.Should().BeInAscendingOrder(m => m.Start);
    }
}
