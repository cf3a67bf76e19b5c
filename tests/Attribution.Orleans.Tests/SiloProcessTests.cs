using System.Diagnostics;
using System.Globalization;

namespace Attribution.OrleansSample.Tests;

/// <summary>
/// The sample as it is deployed: silo processes and the client process on loopback, compared with the output of
/// <c>attribution extract</c> for the same 1,500 documents.
/// </summary>
public sealed class SiloProcessTests(SiloProcessCluster cluster) : IClassFixture<SiloProcessCluster>
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    /// <summary>"Two seconds into the run": counted from the client's first result line, when the cluster is surely working.</summary>
    private static readonly TimeSpan KillAfterFirstResult = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Two_silo_processes_write_what_attribution_extract_writes_in_the_same_order()
    {
        string output = cluster.Archive.FileBeside("two-silos.jsonl");
        using var client = SampleProcess.Start(SampleProcess.OrleansSample,
            "run", "--gateway", $"{cluster.Gateways[0]},{cluster.Gateways[1]}", "--jsonl-input", cluster.Archive.Path, "--output", output);

        int exitCode = await client.WaitForExitAsync(RunTimeout);

        exitCode.Should().Be(0, client.StandardError);
        client.StandardError.Should().BeEmpty();
        SameLines(await File.ReadAllTextAsync(output), cluster.CliOutput);
    }

    [Fact]
    public async Task Three_silo_processes_one_killed_two_seconds_into_the_run_still_give_every_document()
    {
        string output = cluster.Archive.FileBeside("three-silos.jsonl");
        using var client = SampleProcess.Start(SampleProcess.OrleansSample,
            "run", "--gateway", string.Join(',', cluster.Gateways), "--jsonl-input", cluster.Archive.Path, "--output", output, "--verbose");
        var lines = new LineCounter(output);

        await WaitUntil(() => lines.Count() > 0 || client.HasExited, RunTimeout);
        var clock = Stopwatch.StartNew();
        await WaitUntil(() => clock.Elapsed >= KillAfterFirstResult || lines.Count() >= SiloProcessCluster.Documents / 3 || client.HasExited, RunTimeout);
        int writtenAtKill = lines.Count();
        client.HasExited.Should().BeFalse($"the silo must die mid-run ({writtenAtKill} of {SiloProcessCluster.Documents} written)");
        cluster.Silo(2).Kill();

        int exitCode = await client.WaitForExitAsync(RunTimeout);

        exitCode.Should().Be(0, client.StandardError);
        SameLines(await File.ReadAllTextAsync(output), cluster.CliOutput);
        writtenAtKill.Should().BeLessThan(SiloProcessCluster.Documents);
        RetriedBatches(client.StandardError).Should().BeGreaterThan(0, "the batches out when the silo died were sent again");
    }

    /// <summary>Compares line by line, so a failure names the first line that differs instead of printing megabytes.</summary>
    private static void SameLines(string actual, string expected)
    {
        string[] actualLines = actual.Split('\n');
        string[] expectedLines = expected.Split('\n');
        expectedLines.Length.Should().Be(SiloProcessCluster.Documents + 1, "one line per document and a final newline");
        for (int i = 0; i < Math.Min(actualLines.Length, expectedLines.Length); i++)
        {
            if (actualLines[i] != expectedLines[i])
            {
                actualLines[i].Should().Be(expectedLines[i], $"line {i + 1} must be the same");
            }
        }

        actualLines.Length.Should().Be(expectedLines.Length);
    }

    private static int RetriedBatches(string standardError)
    {
        const string Suffix = " batch(es) sent again";
        string line = standardError.Split('\n').Single(l => l.StartsWith("attribution: ", StringComparison.Ordinal) && l.EndsWith(Suffix, StringComparison.Ordinal));
        return int.Parse(line.AsSpan("attribution: ".Length, line.Length - "attribution: ".Length - Suffix.Length), CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(timeout);
            await Task.Delay(50);
        }
    }

    /// <summary>Counts the lines of a file another process is writing, reading only what is new each time.</summary>
    private sealed class LineCounter(string path)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private long _offset;
        private int _lines;

        public int Count()
        {
            if (!File.Exists(path))
            {
                return 0;
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.Position = _offset;
            int read;
            while ((read = file.Read(_buffer, 0, _buffer.Length)) > 0)
            {
                _lines += _buffer.AsSpan(0, read).Count((byte)'\n');
                _offset += read;
            }

            return _lines;
        }
    }
}
