using System.Diagnostics;
using System.Globalization;
using Attribution.Pipeline;

namespace Attribution.Benchmarks;

/// <summary>
/// Checks that time and allocation grow linearly: one 10 MB and one 100 MB document through the front end
/// and the whole pipeline, single-threaded, best of three runs, with the ratios printed (about 10 is linear).
/// </summary>
public static class LinearityCheck
{
    public static void Run(TextWriter output)
    {
        var extractor = new AttributionPipelineBuilder()
            .WithOptions(new AttributionOptions { MaxDocumentLength = 128 * 1024 * 1024 })
            .Build();
        var date = new DateOnly(2024, 9, 27);

        // Warm up on small documents until tiered compilation has promoted the hot methods, so the
        // 10 MB run is not measured on unoptimised code.
        var warmUp = NewsCorpus.Documents(NewsCorpus.ManyDocuments);
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 60; i++)
            {
                extractor.Extract(warmUp[i], date);
            }

            Thread.Sleep(300);
        }

        var measures = new List<(int Megabytes, Measure FrontEnd, Measure Extract, long PeakWorkingSet)>();
        foreach (int megabytes in new[] { 10, 100 })
        {
            string text = NewsCorpus.LargeDocument(megabytes);
            var frontEnd = Time(() =>
            {
                // Disposed as the pipeline does, so the pooled token buffer goes back instead of counting as allocation.
                using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
                return document.Tokens.Length;
            });
            var extract = Time(() => extractor.Extract(text, date).Statements.Length);
            measures.Add((megabytes, frontEnd, extract, Process.GetCurrentProcess().PeakWorkingSet64));
        }

        // CPU seconds are the process's, GC included: on a busy machine they show the cost better than the wall clock.
        output.WriteLine("| Input | Front end s (CPU s) | Front end MB/s | Front end alloc MB | Extract s (CPU s) | Extract MB/s | Extract alloc MB | Peak working set MB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (megabytes, frontEnd, extract, peak) in measures)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {megabytes} MB | {frontEnd.Seconds:N2} ({frontEnd.CpuSeconds:N2}) | {megabytes / frontEnd.Seconds:N1} | {frontEnd.AllocatedBytes / 1e6:N0} | {extract.Seconds:N2} ({extract.CpuSeconds:N2}) | {megabytes / extract.Seconds:N1} | {extract.AllocatedBytes / 1e6:N0} | {peak / 1e6:N0} |"));
        }

        var (_, smallFront, smallExtract, _) = measures[0];
        var (_, largeFront, largeExtract, _) = measures[1];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"100 MB / 10 MB ratios (10 is linear): front end time {largeFront.Seconds / smallFront.Seconds:N1}, allocation {(double)largeFront.AllocatedBytes / smallFront.AllocatedBytes:N1}; extract time {largeExtract.Seconds / smallExtract.Seconds:N1}, allocation {(double)largeExtract.AllocatedBytes / smallExtract.AllocatedBytes:N1}"));
    }

    /// <summary>The fastest of three runs, so tiered JIT and heap growth in the first run do not count.</summary>
    private static Measure Time(Func<int> work)
    {
        var best = TimeOnce(work);
        for (int run = 1; run < 3; run++)
        {
            var next = TimeOnce(work);
            if (next.Seconds < best.Seconds)
            {
                best = next;
            }
        }

        return best;
    }

    private static Measure TimeOnce(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        work();
        stopwatch.Stop();
        process.Refresh();
        return new Measure(stopwatch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private readonly record struct Measure(double Seconds, double CpuSeconds, long AllocatedBytes);
}
