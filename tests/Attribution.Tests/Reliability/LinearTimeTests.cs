using Attribution.Serialization;
using Xunit.Abstractions;

namespace Attribution.Tests.Reliability;

/// <summary>
/// Checks that the work grows linearly with the size of hostile documents, without a timed bound that a
/// loaded machine could break. The full pipeline (tokenize, segment, extract, serialize) runs on a document of
/// size n and on the same shape at 4n; the thread's own CPU time (not wall-clock time, which other
/// processes inflate) is compared. Linear work gives a ratio near 4, quadratic near 16: the bound of 9
/// separates them with room on both sides. Each size keeps the fastest of three runs (noise only ever adds
/// time), and a failing ratio is measured again up to three times, so a one-off stall cannot fail the test
/// while a quadratic stage fails every attempt.
/// </summary>
public sealed class LinearTimeTests(ITestOutputHelper output)
{
    private const int BaseSize = 100_000;
    private const int Factor = 4;
    private const double MaxRatio = 9.0;
    private const int Attempts = 3;
    private const int RunsPerSize = 3;

    // Below this the base run is too short for the ratio to mean anything; it still counts as its floor.
    private static readonly TimeSpan MeasurementFloor = TimeSpan.FromMilliseconds(2);

    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    public static TheoryData<string> Shapes => new()
    {
        "whitespace only",
        "no space or newline",
        "quote marks of every kind",
        "nested and unbalanced quotes",
        "quote never closed across paragraphs",
        "lone surrogates",
        "NUL and control characters",
        "binary bytes decoded as text",
        "right-to-left text",
        "CRLF line endings",
        "CR-only line endings",
        "U+2028 line endings",
        "100k-character words",
        "news-like paragraphs",
        "many distinct speakers",
        "only sentence ends",
        "only cue verbs",
        "pronouns and nominals without a name",
        "one name mentioned again and again",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_grows_linearly_with_size(string shape)
    {
        var generate = HostileText.All[shape];
        string small = generate(BaseSize);
        string large = generate(BaseSize * Factor);
        FullPipeline(small); // JIT and first-call costs out of the way.

        double ratio = double.PositiveInfinity;
        for (int attempt = 1; attempt <= Attempts && ratio > MaxRatio; attempt++)
        {
            var smallTime = TimeSpan.MaxValue;
            var largeTime = TimeSpan.MaxValue;
            for (int run = 0; run < RunsPerSize; run++)
            {
                smallTime = Min(smallTime, ThreadCpuClock.Measure(() => FullPipeline(small)));
                largeTime = Min(largeTime, ThreadCpuClock.Measure(() => FullPipeline(large)));
            }

            ratio = largeTime / Max(smallTime, MeasurementFloor);
            output.WriteLine($"{shape}: attempt {attempt}: {BaseSize:N0} chars {smallTime.TotalMilliseconds:F1} ms, {BaseSize * Factor:N0} chars {largeTime.TotalMilliseconds:F1} ms, ratio {ratio:F2} ({(ThreadCpuClock.IsThreadClock ? "thread CPU time" : "wall-clock time")})");
        }

        ratio.Should().BeLessThanOrEqualTo(MaxRatio, $"{Factor}x the text of shape '{shape}' must cost about {Factor}x the work, not {Factor * Factor}x");
    }

    [Fact]
    public void The_ratio_test_does_tell_quadratic_work_from_linear_work()
    {
        // The method the test relies on, checked on work whose growth is known.
        static long Linear(int n)
        {
            long sum = 0;
            for (int i = 0; i < n * 200; i++)
            {
                sum += i ^ (sum >> 3);
            }

            return sum;
        }

        static long Quadratic(int n)
        {
            long sum = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n / 8; j++)
                {
                    sum += j ^ (sum >> 3);
                }
            }

            return sum;
        }

        double linear = BestRatio(n => Linear(n), 20_000);
        double quadratic = BestRatio(n => Quadratic(n), 8_000);
        output.WriteLine($"linear ratio {linear:F2}, quadratic ratio {quadratic:F2}");

        linear.Should().BeLessThanOrEqualTo(MaxRatio);
        quadratic.Should().BeGreaterThan(MaxRatio);
    }

    private static double BestRatio(Func<int, long> work, int n)
    {
        GC.KeepAlive(work(n));
        var small = TimeSpan.MaxValue;
        var large = TimeSpan.MaxValue;
        for (int run = 0; run < RunsPerSize; run++)
        {
            small = Min(small, ThreadCpuClock.Measure(() => GC.KeepAlive(work(n))));
            large = Min(large, ThreadCpuClock.Measure(() => GC.KeepAlive(work(n * Factor))));
        }

        return large / Max(small, MeasurementFloor);
    }

    private static void FullPipeline(string text)
    {
        GC.KeepAlive(Extractor.Tokenize(text));
        GC.KeepAlive(Extractor.Segment(text));
        var result = Extractor.Extract(text, new DateOnly(2024, 9, 27));
        GC.KeepAlive(AttributionJson.Serialize("doc", null, result));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
