using System.Globalization;
using Attribution.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/Attribution.Benchmarks -- [--quick] [--linearity] [BenchmarkDotNet options]
//   --quick      1 warm-up + 3 measured iterations per benchmark: the whole suite in a few minutes on 2 cores.
//   --linearity  no BenchmarkDotNet: times the front end and extraction on one 10 MB and one 100 MB document.
//   --stages     no BenchmarkDotNet: bytes allocated per input byte and time of each pipeline stage on the news set.
//   --stages-large [--types]  no BenchmarkDotNet: bytes allocated per stage on one 10 MB and one 100 MB document (linearity); --types: the types each stage allocates most.
//   --stage-types  no BenchmarkDotNet: the types each stage of --stages allocates most (sampled allocation events).
//   --alloc-types [--single]  no BenchmarkDotNet: the types Extract allocates most on the news set (sampled allocation events); --single: on the one 10 MB document.
// Without --filter every benchmark runs.
var rest = new List<string>(args);
bool quick = rest.Remove("--quick");
if (rest.Remove("--linearity"))
{
    LinearityCheck.Run(Console.Out);
    return 0;
}

if (rest.Remove("--alloc-types"))
{
    AllocationTypes.Run(Console.Out, rest.Remove("--single") ? NewsCorpus.OneLargeDocument : NewsCorpus.ManyDocuments);
    return 0;
}

if (rest.Remove("--stage-types"))
{
    StageAllocation.Run(Console.Out, types: true);
    return 0;
}

if (rest.Remove("--stages-large"))
{
    StageAllocation.RunLarge(Console.Out, types: rest.Remove("--types"));
    return 0;
}

if (rest.Remove("--stages"))
{
    StageAllocation.Run(Console.Out);
    return 0;
}

if (!rest.Contains("--filter"))
{
    rest.AddRange(["--filter", "*"]);
}

// In-process: no generated project to build (fast, and immune to the repository's warnings-as-errors).
var job = (quick
        ? Job.Default.WithWarmupCount(1).WithIterationCount(3)
        : Job.Default.WithWarmupCount(3).WithIterationCount(10))
    .WithLaunchCount(1)
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithId(quick ? "Quick" : "InProcess");
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerMegabyte)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(NewsCorpus).Assembly).Run([.. rest], config);
PrintThroughput(summaries);
return 0;

static void PrintThroughput(IEnumerable<Summary> summaries)
{
    Console.WriteLine();
    Console.WriteLine("| Benchmark | Input | MB/s | Allocated bytes per MB |");
    Console.WriteLine("|---|---|---:|---:|");
    foreach (var summary in summaries)
    {
        foreach (var benchmarkCase in summary.BenchmarksCases)
        {
            double? speed = ThroughputColumn.Measure(summary, benchmarkCase, allocation: false);
            double? allocated = ThroughputColumn.Measure(summary, benchmarkCase, allocation: true);
            string threads = benchmarkCase.Parameters["Threads"] is int n ? $" ({n} threads)" : "";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {benchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)}.{benchmarkCase.Descriptor.WorkloadMethod.Name}{threads} | {benchmarkCase.Parameters["Corpus"]} | {speed:N1} | {allocated:N0} |"));
        }
    }
}
