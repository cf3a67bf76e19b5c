using System.Text.Json;
using Attribution.Evaluation;
using Attribution.Evaluation.Gold;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Evaluation;

/// <summary>
/// Accuracy may only go up: the extractor runs over the GUM news and interview documents (speech only) and
/// every headline score must stay at or above its floor in accuracy-floors.json (percent). Raise a floor
/// whenever the pipeline improves.
/// </summary>
public sealed class AccuracyFloorTests
{
    [Fact]
    public void Gum_headline_scores_stay_at_or_above_their_floors()
    {
        var gold = GoldReader.Read(TestData.PathOf("gum", "gum-attribution.jsonl"));
        var floors = ReadFloors();

        var report = Evaluator.Evaluate(AttributionExtractor.CreateDefault(), gold, "gum", speechOnly: true);

        report.Documents.Should().Be(43);
        report.All.Lenient.Gold.Should().Be(259, "the GUM file holds 259 speech statements");
        var headline = report.Headline();
        floors.Keys.Should().BeEquivalentTo(headline.Keys, "every headline score needs a floor and every floor a score");
        var below = floors
            .Where(floor => headline[floor.Key] < floor.Value)
            .Select(floor => $"{floor.Key}: {headline[floor.Key]:F1} is below its floor {floor.Value:F1}")
            .ToList();
        below.Should().BeEmpty("accuracy on GUM must not drop (now: {0})", string.Join(", ", headline.Select(h => $"{h.Key} {h.Value:F1}")));
    }

    private static Dictionary<string, double> ReadFloors()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "accuracy-floors.json");
        return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no floors");
    }
}
