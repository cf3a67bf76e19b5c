using System.Diagnostics;
using System.Globalization;
using Attribution.Pipeline;

namespace Attribution.Benchmarks;

/// <summary>
/// Checks that time and allocation grow linearly: one 10 MB and one 100 MB document through the front end
/// and the whole pipeline, single-threaded, with the ratios printed (about 10 is linear).
/// </summary>
public static class LinearityCheck
{
    public static void Run(TextWriter output)
    {
        var extractor = new AttributionPipelineBuilder()
            .WithOptions(new AttributionOptions { MaxDocumentLength = 128 * 1024 * 1024 })
            .Build();
        var date = new DateOnly(2024, 9, 27);

        // Warm up the JIT and the lexicons on a small document first.
        string warmUp = NewsCorpus.LargeDocument(1);
        extractor.Extract(warmUp, date);

        var measures = new List<(int Megabytes, Measure FrontEnd, Measure Extract, long PeakWorkingSet)>();
        foreach (int megabytes in new[] { 10, 100 })
        {
            string text = NewsCorpus.LargeDocument(megabytes);
            var frontEnd = Time(() => DocumentAnalyzer.Analyze(text, publicationDate: null).Tokens.Length);
            var extract = Time(() => extractor.Extract(text, date).Statements.Length);
            measures.Add((megabytes, frontEnd, extract, Process.GetCurrentProcess().PeakWorkingSet64));
        }

        output.WriteLine("| Input | Front end s | Front end MB/s | Front end alloc MB | Extract s | Extract MB/s | Extract alloc MB | Peak working set MB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (megabytes, frontEnd, extract, peak) in measures)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {megabytes} MB | {frontEnd.Seconds:N2} | {megabytes / frontEnd.Seconds:N1} | {frontEnd.AllocatedBytes / 1e6:N0} | {extract.Seconds:N2} | {megabytes / extract.Seconds:N1} | {extract.AllocatedBytes / 1e6:N0} | {peak / 1e6:N0} |"));
        }

        var (_, smallFront, smallExtract, _) = measures[0];
        var (_, largeFront, largeExtract, _) = measures[1];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"100 MB / 10 MB ratios (10 is linear): front end time {largeFront.Seconds / smallFront.Seconds:N1}, allocation {(double)largeFront.AllocatedBytes / smallFront.AllocatedBytes:N1}; extract time {largeExtract.Seconds / smallExtract.Seconds:N1}, allocation {(double)largeExtract.AllocatedBytes / smallExtract.AllocatedBytes:N1}"));
    }

    private static Measure Time(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        work();
        stopwatch.Stop();
        return new Measure(stopwatch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private readonly record struct Measure(double Seconds, long AllocatedBytes);
}
