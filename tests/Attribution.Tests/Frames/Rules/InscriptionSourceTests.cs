using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// Signs, banners, shirts and placards as the source of the text they carry (PARC 3.0 takes a sign that "said" a quote
/// as its source): after a participle (<see cref="WriterParticipleRule"/>), in a relative clause, and before a past
/// <c>read</c> that <see cref="ModifiedNounGuard"/> must not take for a noun (issue 18).
/// </summary>
public sealed class InscriptionSourceTests
{
    [Theory]
    [InlineData("Outside the courthouse, a banner reading \"Justice for Marcus\" hung from a lamppost.", "a banner", "reading", "\"Justice for Marcus\"")]
    [InlineData("Striking dockworkers waved banners reading \"No contract, no cargo.\"", "banners", "reading", "\"No contract, no cargo.\"")]
    [InlineData("One teacher carried a placard declaring \"Our kids deserve better.\"", "a placard", "declaring", "\"Our kids deserve better.\"")]
    [InlineData("Farmers held signs saying \"No farmers, no food\" as the convoy passed.", "signs", "saying", "\"No farmers, no food\"")]
    [InlineData("Another marcher wore a handwritten sign saying \"Hands off our pensions.\"", "a handwritten sign", "saying", "\"Hands off our pensions.\"")]
    public void A_participle_after_the_thing_bearing_the_text_makes_it_the_source(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<WriterParticipleRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker, "the clause's verb (held, wore) is no part of the source");
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
        found[0].Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("Hundreds of nurses wore shirts that read \"Safe staffing saves lives.\"", "shirts", "read")]
    [InlineData("Many of the marchers, most of them retirees, wore T-shirts that said \"Hands off Medicare.\"", "T-shirts", "said")]
    [InlineData("The crowd outside the plant cheered a billboard that read \"Built here, kept here.\"", "a billboard", "read")]
    [InlineData("Within weeks, shirts began to appear that said \"Count every vote.\"", "shirts", "said")]
    public void A_relative_clause_after_the_thing_bearing_the_text_makes_it_the_source(string text, string speaker, string cue)
    {
        var statement = Extracted.Single(text);
        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
    }

    [Theory]
    [InlineData("A sign on the door of the bakery read \"Closed until further notice.\"", "\"Closed until further notice.\"")]
    [InlineData("The note left on the windshield read: \"Learn to park.\"", "\"Learn to park.\"")]
    [InlineData("Hundreds marched past the embassy. One placard read: “No peace without justice.”", "“No peace without justice.”")]
    public void A_past_read_after_a_sign_is_a_verb_not_a_noun(string text, string content)
    {
        var statement = Extracted.Single(text);
        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Content.Text.Should().Be(content);
        statement.Cue!.Text.Should().Be("read");
    }

    [Fact]
    public void A_sign_read_after_a_closing_quotation_still_has_its_post_modified_source()
    {
        var statements = Extracted.Find("The mayor ended with \"We will reopen.\" A sign on the library door read \"Back in September.\"");
        statements.Should().Contain(s => s.Content.Text == "\"Back in September.\"" && s.Speaker!.Text == "A sign", Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("He enjoyed a good read on the train home.")]
    [InlineData("Protesters wore green shirts and carried signs as they marched to the Capitol.")]
    [InlineData("Her latest thriller is a gripping read.")]
    [InlineData("Readers left comments on the post about the closure.")]
    public void Leaves_reading_matter_and_signs_without_a_text_alone(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Fact]
    public void Without_the_guard_exception_the_past_read_is_refused_as_a_noun()
    {
        FrameProbe.Settles<ModifiedNounGuard>("A sign on the door of the bakery read \"Closed until further notice.\"", "read").Should().BeFalse();
        FrameProbe.Settles<ModifiedNounGuard>("It was a fair read of the market.", "read").Should().BeTrue();
    }
}
