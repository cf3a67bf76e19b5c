using System.Text.Json;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

/// <summary>
/// The entity and time stages on the seed article, with the statements of its expected file as drafts
/// (so these tests do not depend on the frame stage): every speaker, addressee and time as expected.
/// </summary>
public class SeedArticleEntityTests
{
    [Fact]
    public void Speakers_addressees_and_times_of_the_seed_article_resolve_as_expected()
    {
        using var expected = JsonDocument.Parse(TestData.ReadText("seed", "guterres-netanyahu.expected.json"));
        var root = expected.RootElement;
        var scenario = new StatementScenario(root.GetProperty("text").GetString()!, new DateOnly(2024, 9, 27));
        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        foreach (var statement in statements)
        {
            var content = Span(statement, "content")!.Value;
            var cue = Span(statement, "cue");
            var speaker = Span(statement, "speaker");
            if (speaker is { } pronoun && pronoun.Slice(scenario.Text) == "he" && cue is { } cueSpan)
            {
                // The expected file places its "he" spans inside "The"/"the"; the real pronoun precedes the cue.
                int at = scenario.Text.LastIndexOf(" he ", cueSpan.Start, StringComparison.Ordinal);
                speaker = new TextSpan(at + 1, at + 3);
            }

            var draft = scenario.Add(content.Slice(scenario.Text), kind: StatementKind.Direct);
            draft.Content = content;
            draft.Cue = cue;
            draft.Speaker = speaker;
            draft.Addressee = Span(statement, "addressee");
            if (speaker is null)
            {
                draft.CarriedFrom = scenario.Drafts.Count - 2;
                draft.Speaker = scenario.Drafts[^2].Speaker;
            }

            int anchor = (cue ?? speaker ?? content).Start;
            draft.FrameSentence = Array.FindIndex(scenario.Document.Sentences.ToArray(), s => s.Span.End > anchor);
        }

        var resolution = scenario.ResolveEntities();
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var draft = scenario.Drafts[i];
            resolution.EntityOf(draft.Speaker)?.Name.Should().Be(statement.GetProperty("speaker_resolved").GetString(), $"statement {i} speaker");
            resolution.EntityOf(draft.Speaker).Should().NotBeNull($"statement {i} has a speaker");
            if (statement.GetProperty("addressee_resolved").GetString() is { } addressee)
            {
                resolution.EntityOf(draft.Addressee)!.Name.Should().Be(addressee, $"statement {i} addressee");
            }

            if (statement.GetProperty("time").ValueKind != JsonValueKind.Null)
            {
                scenario.TimeText(i).Should().Be(statement.GetProperty("time").GetProperty("text").GetString(), $"statement {i} time");
                scenario.TimeValue(i).Should().Be(statement.GetProperty("time").GetProperty("value").GetString(), $"statement {i} time value");
            }
        }

        var guterres = resolution.Entities.Single(e => e.Name == "António Guterres");
        guterres.Titles.Should().Equal("United Nations Secretary-General");
        guterres.Gender.Should().Be(Gender.Male);
        resolution.Entities.Single(e => e.Name == "Danny Danon").Titles.Should().Equal("Israel’s U.N. Ambassador");
        resolution.Entities.Single(e => e.Name == "Israel Katz").Titles.Should().Equal("Israeli Foreign Minister");
        resolution.Entities.Select(e => e.Id).Should().Equal(Enumerable.Range(0, resolution.Entities.Length));
        foreach (var entity in resolution.Entities)
        {
            entity.Mentions.Should().BeInAscendingOrder(m => m.Start).And.OnlyHaveUniqueItems();
            entity.Aliases.Should().OnlyHaveUniqueItems().And.NotContain(entity.Name);
        }
    }

    [Fact]
    public void The_extractor_gives_every_required_statement_of_the_seed_article_its_speaker_addressee_and_time()
    {
        using var expected = JsonDocument.Parse(TestData.ReadText("seed", "guterres-netanyahu.expected.json"));
        var root = expected.RootElement;
        var result = AttributionExtractor.CreateDefault().Extract(root.GetProperty("text").GetString()!, new DateOnly(2024, 9, 27));
        foreach (var statement in root.GetProperty("statements").EnumerateArray().Where(s => s.GetProperty("required").GetBoolean()))
        {
            var content = Span(statement, "content")!.Value;
            var found = result.Statements.Where(s => s.Content.Span.OverlapsWith(content)).MaxBy(s => s.Content.Span.OverlapLength(content));
            found.Should().NotBeNull($"the statement at {content} is found");
            found!.Speaker?.Entity?.Name.Should().Be(statement.GetProperty("speaker_resolved").GetString(), $"the speaker of {content}");
            found.Speaker?.Entity.Should().NotBeNull($"the speaker of {content} resolves");
            if (statement.GetProperty("addressee_resolved").GetString() is { } addressee)
            {
                found.Addressee?.Entity?.Name.Should().Be(addressee, $"the addressee of {content}");
            }

            if (statement.GetProperty("time").ValueKind != JsonValueKind.Null)
            {
                found.Time?.Value.Should().Be(statement.GetProperty("time").GetProperty("value").GetString(), $"the time of {content}");
                found.Time.Should().NotBeNull($"the statement at {content} has a time");
            }
        }
    }

    private static TextSpan? Span(JsonElement statement, string name) =>
        statement.GetProperty(name).ValueKind == JsonValueKind.Null
            ? null
            : new TextSpan(statement.GetProperty(name).GetProperty("start").GetInt32(), statement.GetProperty(name).GetProperty("end").GetInt32());
}
