using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A plural source followed by examples (<c>Rival airlines such as Ryanair said</c>, <c>Lawmakers including Senator
/// Reyes said</c>): the source is the plural noun with its examples, not the last name of the list.
/// </summary>
public sealed class ExampleListSourceTests
{
    [Theory]
    [InlineData("Rival carriers such as Ryanair said they expected demand to recover by the summer.", "Rival carriers such as Ryanair")]
    [InlineData("Lawmakers including Senator Maria Reyes said the bill would pass before the recess.", "Lawmakers including Senator Maria Reyes")]
    [InlineData("Big retailers including Tesco and Sainsbury's said food prices would keep rising.", "Big retailers including Tesco and Sainsbury's")]
    public void The_plural_noun_with_its_examples_is_the_source(string text, string speaker)
    {
        var statements = Extracted.Find(text);

        // "they expected demand to recover" is a nested belief of its own (PARC counts it): the frame of "said" is the one asserted on.
        var said = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "said", Extracted.Describe(statements)).Subject;
        said.Speaker!.Text.Should().Be(speaker);
        said.Speaker!.Entity!.Name.Should().NotBe("Maria Reyes").And.NotBe("Ryanair");
    }

    [Fact]
    public void A_name_after_including_inside_the_content_is_not_drawn_into_the_speaker()
    {
        var statements = Extracted.Find("Senator Maria Reyes said several states, including Ohio, would lose funding.");

        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Senator Maria Reyes");
    }

    [Fact]
    public void Examples_in_the_content_leave_the_source_after_it_alone()
    {
        var statements = Extracted.Find("Budget airlines including Ryanair and Wizz Air cut fares in March, analysts at Barclays said.");

        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("analysts at Barclays");
    }

    [Fact]
    public void A_long_chain_of_example_lists_is_read_in_one_step()
    {
        var text = string.Concat(Enumerable.Repeat("officials including ", 20_000)) + "Senator Maria Reyes said the bill would pass.";

        var act = () => Extracted.Find(text);

        act.Should().NotThrow();
    }
}
