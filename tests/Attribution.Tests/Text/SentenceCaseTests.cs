using System.Text.Json;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Text;

/// <summary>
/// Our own sentence-boundary cases (<c>Data/sbd/sentence_cases_en.json</c>), written in the style of published
/// segmenter test specs, one row each, checked on the public segmentation (<see cref="AttributionExtractor.Segment"/>).
/// Expected sentences are compared with white space collapsed, as in <see cref="GoldenRulesTests"/>.
/// </summary>
public sealed class SentenceCaseTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var sentenceCase in LoadCases())
        {
            data.Add(sentenceCase.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Segments_like_a_reader(string name)
    {
        var sentenceCase = LoadCases().Single(c => c.Name == name);

        var sentences = Extractor.Segment(sentenceCase.Input).Sentences.Select(s => Collapse(s.Slice(sentenceCase.Input)));

        sentences.Should().Equal(sentenceCase.Expected.Select(Collapse), because: sentenceCase.Input);
    }

    [Fact]
    public void Every_category_has_cases()
    {
        var cases = LoadCases();

        cases.Should().HaveCountGreaterThanOrEqualTo(60);
        cases.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        cases.GroupBy(c => c.Category).Should().HaveCount(8).And.OnlyContain(g => g.Count() >= 4);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<SentenceCase> LoadCases()
    {
        using var stream = File.OpenRead(TestData.PathOf("sbd", "sentence_cases_en.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray()
            .Select(e => new SentenceCase(
                e.GetProperty("name").GetString()!,
                e.GetProperty("category").GetString()!,
                e.GetProperty("input").GetString()!,
                e.GetProperty("expected").EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();
    }

    private sealed record SentenceCase(string Name, string Category, string Input, List<string> Expected);
}
