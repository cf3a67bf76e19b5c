using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks;

/// <summary>Throughput (MB of UTF-8 input per second) and allocation per MB of input, from the measured mean.</summary>
public sealed class ThroughputColumn(bool allocation) : IColumn
{
    /// <summary>The MB/s column.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(allocation: false);

    /// <summary>The allocated-bytes-per-MB column.</summary>
    public static readonly IColumn AllocatedPerMegabyte = new ThroughputColumn(allocation: true);

    public string Id => allocation ? "AllocPerMB" : "MBPerSecond";

    public string ColumnName => allocation ? "Alloc/MB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => allocation ? UnitType.Size : UnitType.Dimensionless;

    public string Legend => allocation
        ? "Bytes allocated per MB (10^6 bytes) of UTF-8 input"
        : "MB (10^6 bytes) of UTF-8 input processed per second, from the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        return Measure(summary, benchmarkCase, allocation) is { } value
            ? value.ToString(allocation ? "N0" : "N1", CultureInfo.InvariantCulture)
            : "?";
    }

    /// <summary>The column's value, or null when the benchmark did not run.</summary>
    public static double? Measure(Summary summary, BenchmarkCase benchmarkCase, bool allocation)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["Corpus"] is not string corpus)
        {
            return null;
        }

        double megabytes = NewsCorpus.ByteCount(corpus) / 1e6;
        if (allocation)
        {
            return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? bytes / megabytes : null;
        }

        return megabytes / (statistics.Mean / 1e9);
    }

    public override string ToString() => ColumnName;
}
