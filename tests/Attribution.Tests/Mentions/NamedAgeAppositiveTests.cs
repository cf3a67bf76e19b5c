using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A role phrase with a name and an age in apposition (<c>one resident, Maria Velez, 62,</c>): the role phrase is the
/// subject, the name and age its appositive, so the content before a postposed frame stops at the quotation.
/// </summary>
public sealed class NamedAgeAppositiveTests
{
    [Fact]
    public void The_role_before_a_named_age_is_the_subject_of_a_postposed_frame()
    {
        var s = Extracted.Single("“The water came up through the floorboards,” one tenant, Grace Adeyemi, 47, said on Sunday.");
        s.Content.Text.Should().Be("“The water came up through the floorboards,”");
        s.Speaker!.Text.Should().Be("one tenant");
        s.Speaker.Entity!.Name.Should().Be("Grace Adeyemi");
    }

    [Fact]
    public void A_name_with_its_age_opening_the_clause_is_the_subject_itself()
    {
        var s = Extracted.Single("Grace Adeyemi, 47, said the water came up through the floorboards.");
        s.Speaker!.Text.Should().Be("Grace Adeyemi");
    }

    [Fact]
    public void A_phrase_after_a_preposition_is_no_role_of_the_name()
    {
        var s = Extracted.Single("At the hearing, Grace Adeyemi, 47, said the water came up through the floorboards.");
        s.Speaker!.Text.Should().Be("Grace Adeyemi");
        s.Content.Text.Should().Be("the water came up through the floorboards");
    }
}
