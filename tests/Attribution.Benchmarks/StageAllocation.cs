using System.Diagnostics;
using System.Globalization;
using Attribution.Entities;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Time;

namespace Attribution.Benchmarks;

/// <summary>
/// Where the allocation of <c>Extract</c> comes from: runs the stages of the extraction pipeline one by one
/// (in the order of <c>ExtractionPipeline.Run</c>, quote granularity, with the workspaces the pipeline reuses) over the 10 MB news set on one thread and
/// prints, per stage, the bytes allocated per input byte and the wall milliseconds (pin the process to one core on a busy machine), after two warm-up
/// passes. Keep the stage list in step with <c>ExtractionPipeline</c> when a stage is added.
/// </summary>
public static class StageAllocation
{
    private static readonly DateOnly PublicationDate = new(2024, 9, 27);

    /// <summary>While <c>--stage-types</c> runs: when each stage started, so sampled allocations can be put down to their stage.</summary>
    private static List<(DateTime At, string Stage)>? s_marks;

    public static void Run(TextWriter output, bool types = false)
    {
        var documents = NewsCorpus.Documents(NewsCorpus.ManyDocuments);
        double inputBytes = NewsCorpus.ByteCount(NewsCorpus.ManyDocuments);
        var lexicons = new LexiconSet([], []);
        var rules = FrameRules.CreateDefault();
        var stages = new Tally();
        var entityWorkspace = new EntityWorkspace();
        var phraseFinder = new FramePhraseFinder();
        var statementWorkspace = new StatementWorkspace();
        for (int pass = 0; pass < 3; pass++)
        {
            stages = new Tally();
            foreach (var text in documents)
            {
                RunStages(text, lexicons, rules, statementWorkspace, entityWorkspace, phraseFinder, stages);
            }
        }

        if (types)
        {
            using var listener = new StageAllocationTypes();
            s_marks = listener.Marks;
            foreach (var text in documents)
            {
                RunStages(text, lexicons, rules, statementWorkspace, entityWorkspace, phraseFinder, new Tally());
            }

            s_marks = null;
            Thread.Sleep(TimeSpan.FromSeconds(2));
            listener.Print(output);
            return;
        }

        output.WriteLine("| Stage | Bytes allocated per input byte | ms |");
        output.WriteLine("|---|---:|---:|");
        long totalBytes = 0;
        double totalMilliseconds = 0;
        foreach (var (name, bytes, milliseconds) in stages.Rows)
        {
            totalBytes += bytes;
            totalMilliseconds += milliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {bytes / inputBytes:N2} | {milliseconds:N0} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {totalBytes / inputBytes:N2} | {totalMilliseconds:N0} |"));
    }

    /// <summary>
    /// Per stage, the bytes allocated on one 10 MB and one 100 MB document (<c>--stages-large</c>), second of two runs
    /// each, with fresh workspaces as the pipeline uses for a document this large (the entity workspace's pooled arrays
    /// given back after each run, as the pipeline does): the ratio per stage shows which one grows faster than its input.
    /// </summary>
    public static void RunLarge(TextWriter output, bool types = false)
    {
        var lexicons = new LexiconSet([], []);
        var rules = FrameRules.CreateDefault();
        foreach (var text in NewsCorpus.Documents(NewsCorpus.ManyDocuments).Take(200))
        {
            RunStages(text, lexicons, rules, new StatementWorkspace(), new EntityWorkspace(), new FramePhraseFinder(), new Tally());
        }

        var runs = new List<(int Megabytes, Tally Stages)>();
        foreach (int megabytes in new[] { 10, 100 })
        {
            string text = NewsCorpus.LargeDocument(megabytes);
            var stages = new Tally();
            for (int run = 0; run < 2; run++)
            {
                stages = new Tally();
                using var listener = types && run == 1 ? new StageAllocationTypes() : null;
                s_marks = listener?.Marks;
                var entityWorkspace = new EntityWorkspace();
                RunStages(text, lexicons, rules, new StatementWorkspace(), entityWorkspace, new FramePhraseFinder(), stages);
                entityWorkspace.ReturnPooledArrays(); // as the pipeline does with a workspace too large to keep
                s_marks = null;
                if (listener is not null)
                {
                    Thread.Sleep(TimeSpan.FromSeconds(2));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes} MB:"));
                    listener.Print(output);
                }
            }

            runs.Add((megabytes, stages));
        }

        output.WriteLine("| Stage | 10 MB: MB allocated | 100 MB: MB allocated | ratio | 10 MB ms | 100 MB ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        var large = runs[1].Stages.Rows.ToDictionary(r => r.Name);
        foreach (var (name, bytes, milliseconds) in runs[0].Stages.Rows)
        {
            var other = large[name];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {bytes / 1e6:N1} | {other.Bytes / 1e6:N1} | {(double)other.Bytes / Math.Max(1, bytes):N1} | {milliseconds:N0} | {other.Milliseconds:N0} |"));
        }
    }

    private static void RunStages(string text, LexiconSet lexicons, FrameRules rules, StatementWorkspace statementWorkspace, EntityWorkspace entityWorkspace, FramePhraseFinder phraseFinder, Tally tally)
    {
        var document = tally.Measure("front end", () => DocumentAnalyzer.Analyze(text, PublicationDate));
        using (document)
        {
            tally.Measure("quotes", () => { document.SetQuotes(QuoteScanner.Scan(document)); return 0; });
            tally.Measure("positions", () => document.Positions);
            var drafts = tally.Measure("statements", () => StatementFinder.Find(document, document.Quotes, lexicons, rules, statementWorkspace));
            var declines = tally.Measure("declines", () => DeclineFinder.Find(document, document.Quotes, lexicons, drafts));
            var reader = new TokenReader(document, lexicons);
            List<StatementDraft> all = [.. drafts, .. declines];
            tally.Measure("speaker spans", () => { SpeakerSpanTrimmer.Trim(reader, document.Positions, all); return 0; });
            tally.Measure("on behalf of", () => { OnBehalfOfFinder.Find(reader, document.Positions, all); return 0; });
            tally.Measure("time", () => { TimeResolver.AttachTimes(document, all, phraseFinder); return 0; });
            var entities = tally.Measure("entities", () => EntityResolver.Resolve(document, all, lexicons, entityWorkspace));
            tally.Measure("acts", () => { ActAssembler.Number(document.Positions, drafts); return 0; });
            tally.Measure("result", () => ResultBuilder.Build(document, drafts, declines, entities, entityWorkspace.NamePool));
        }
    }

    /// <summary>Allocated bytes and CPU time per stage name, in first-seen order.</summary>
    private sealed class Tally
    {
        private readonly List<string> _names = [];
        private readonly Dictionary<string, (long Bytes, TimeSpan Elapsed)> _totals = [];

        public IEnumerable<(string Name, long Bytes, double Milliseconds)> Rows
        {
            get
            {
                foreach (var name in _names)
                {
                    yield return (name, _totals[name].Bytes, _totals[name].Elapsed.TotalMilliseconds);
                }
            }
        }

        public T Measure<T>(string name, Func<T> stage)
        {
            s_marks?.Add((DateTime.UtcNow, name));
            long started = Stopwatch.GetTimestamp();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = stage();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (!_totals.TryGetValue(name, out var total))
            {
                _names.Add(name);
                total = default;
            }

            _totals[name] = (total.Bytes + bytes, total.Elapsed + elapsed);
            return result;
        }
    }
}
