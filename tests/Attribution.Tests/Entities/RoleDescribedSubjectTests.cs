using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

/// <summary>
/// A name after a lower-case role description (<c>Opposition leader Keir Starmer</c>, <c>press secretary Karen Lowe</c>)
/// opening its sentence is that sentence's subject, so a pronoun in the next sentence refers to it before an earlier speaker.
/// </summary>
public sealed class RoleDescribedSubjectTests
{
    [Theory]
    [InlineData("Opposition leader")]
    [InlineData("Labour leader")]
    [InlineData("Union spokeswoman")]
    public void A_pronoun_after_a_role_described_subject_refers_to_it_not_to_the_speaker_before(string role)
    {
        string text = "Governor Alan Pierce said on Monday that the budget would balance by 2027.\n\n"
            + $"{role} Mara Quinlan dismissed the forecast. “These numbers were written to win an election,” she told reporters.";
        var answer = Extracted.Find(text).Should().ContainSingle(s => s.Content.Text.StartsWith("“These", StringComparison.Ordinal)).Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Mara Quinlan");
    }

    [Fact]
    public void A_name_after_a_role_inside_a_prepositional_phrase_is_no_subject()
    {
        string text = "Governor Alan Pierce met with opposition leader Mark Quinlan on Monday. “The budget will balance by 2027,” he said.";
        var answer = Extracted.Find(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Alan Pierce");
    }
}
