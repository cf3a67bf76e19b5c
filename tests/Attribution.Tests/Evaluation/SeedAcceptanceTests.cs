using System.Globalization;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Evaluation;

/// <summary>
/// The seed article as an acceptance test: every required statement of guterres-netanyahu.expected.json
/// must come out with its kind, content (same characters after trimming quotes and edge punctuation), cue,
/// speaker mention and speaker entity name, addressee mention and entity name, and time value, extracted
/// with the fixture's reference date as the publication date. One row per statement, so a failure names it.
/// A null speaker in the fixture (a quote that carries its speaker over) checks only the resolved name,
/// because the output contract then points at the mention where the speaker was last named. A null
/// addressee or time is not checked: the fixture's notes show those nulls mean "not annotated" (a time
/// carried over from the paragraph before is left null). A null cue is checked: the statement has none.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static readonly GoldDocument Seed = GoldReader.Read(TestData.PathOf("seed", "guterres-netanyahu.expected.json"))[0];

    private static readonly Lazy<(IReadOnlyList<Statement> Predicted, IReadOnlyList<ContentMatch> Matches)> Extraction = new(Extract);

    // One row per required statement (its index in the fixture), so a failure names the statement.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Required_statement_comes_out_field_by_field(int index) => Check(index, Label(index));

    [Fact]
    public void Every_required_statement_of_the_fixture_has_a_row()
    {
        var required = Seed.Statements.Select((s, i) => (s, i)).Where(p => p.s.IsRequired).Select(p => p.i);
        var rows = typeof(SeedAcceptanceTests).GetMethod(nameof(Required_statement_comes_out_field_by_field))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Cast<InlineDataAttribute>()
            .SelectMany(row => row.GetData(null!))
            .Select(data => (int)data[0]);

        rows.Should().BeEquivalentTo(required).And.HaveCount(13);
    }

    private static void Check(int index, string content)
    {
        var expected = Seed.Statements[index];
        string text = Seed.Text;
        var (predicted, matches) = Extraction.Value;
        var match = matches.FirstOrDefault(m => m.GoldIndex == index);
        if (match is null)
        {
            throw new Xunit.Sdk.XunitException(
                $"statement {index} ({content}): no extracted statement overlaps the content {Describe(text, expected.Content)}; " +
                $"extracted contents: {string.Join("; ", predicted.Select(p => Describe(text, p.Content.Span)))}");
        }

        var actual = predicted[match.PredictedIndex];
        var failures = new List<string>();
        if (!match.IsExact)
        {
            failures.Add($"content: expected {Describe(text, expected.Content)} but got {Describe(text, actual.Content.Span)}");
        }

        if (actual.Kind != expected.Kind)
        {
            failures.Add($"kind: expected {expected.Kind} but got {actual.Kind}");
        }

        if (actual.Cue?.Span != expected.Cue)
        {
            failures.Add($"cue: expected {Describe(text, expected.Cue)} but got {Describe(text, actual.Cue?.Span)}");
        }

        if (expected.Speaker is { } speaker && actual.Speaker?.Span != speaker)
        {
            failures.Add($"speaker: expected {Describe(text, speaker)} but got {Describe(text, actual.Speaker?.Span)}");
        }

        string? speakerName = actual.Speaker?.Entity?.Name ?? actual.Speaker?.Text;
        if (expected.SpeakerResolved is { } resolved && !SameName(speakerName, resolved))
        {
            failures.Add($"speaker entity: expected \"{resolved}\" but got {Quoted(speakerName)}");
        }

        if (expected.Addressee is { } addressee)
        {
            if (actual.Addressee?.Span != addressee)
            {
                failures.Add($"addressee: expected {Describe(text, addressee)} but got {Describe(text, actual.Addressee?.Span)}");
            }

            string? addresseeName = actual.Addressee?.Entity?.Name ?? actual.Addressee?.Text;
            if (expected.AddresseeResolved is { } addresseeResolved && !SameName(addresseeName, addresseeResolved))
            {
                failures.Add($"addressee entity: expected \"{addresseeResolved}\" but got {Quoted(addresseeName)}");
            }
        }

        if (expected.Time is { } time && (actual.Time?.Span != time || actual.Time?.Value != expected.TimeValue))
        {
            failures.Add(
                $"time: expected {Describe(text, time)} = {expected.TimeValue} but got {Describe(text, actual.Time?.Span)} = {actual.Time?.Value ?? "null"}");
        }

        failures.Should().BeEmpty($"statement {index} ({content}) should come out as the fixture says");
    }

    private static (IReadOnlyList<Statement>, IReadOnlyList<ContentMatch>) Extract()
    {
        // Quote granularity, named explicitly: the seed's 13 required statements are per quote.
        var result = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Quote).Build().Extract(Seed.Text, Seed.Date);
        var gold = Seed.Statements.Select(s => ContentCharacters.Of(Seed.Text, s.ContentPieces)).ToList();
        var predicted = result.Statements
            .Select(s => ContentCharacters.Of(Seed.Text, s.Fragments.IsDefaultOrEmpty ? [s.Content.Span] : s.Fragments.Select(f => f.Span)))
            .ToList();
        return (result.Statements, StatementMatcher.Match(gold, predicted));
    }

    private static string Label(int index)
    {
        string content = Seed.Statements[index].Content.Slice(Seed.Text);
        return content.Length <= 40 ? content : string.Concat(content.AsSpan(0, 39), "…");
    }

    // Entity names must be the fixture's name, up to case, quote style and spacing (no partial names here).
    private static bool SameName(string? actual, string expected) =>
        actual is not null && NameMatching.Words(actual).SequenceEqual(NameMatching.Words(expected));

    private static string Quoted(string? value) => value is null ? "nothing" : $"\"{value}\"";

    private static string Describe(string text, TextSpan? span) =>
        span is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s} \"{s.Slice(text)}\"") : "nothing";
}
