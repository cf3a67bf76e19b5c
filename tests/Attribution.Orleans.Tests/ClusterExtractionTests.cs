using System.Text;
using Attribution.OrleansSample.Client;
using Attribution.Samples.Input;
using Attribution.Samples.Progress;

namespace Attribution.OrleansSample.Tests;

/// <summary>
/// The client's ordered extraction over two in-process silos: the same lines as the single-process extractor,
/// in input order, with input errors in place, and nothing lost or doubled when a silo goes away mid-run.
/// </summary>
public sealed class ClusterExtractionTests
{
    /// <summary>Small batches and a deep window, so both silos get many batches and several are out at once.</summary>
    private const int DocumentsPerBatch = 3;

    private const int BatchesInFlight = 8;

    [Fact]
    public async Task Two_silos_write_the_single_process_results_in_input_order_with_bad_lines_reported_in_place()
    {
        using var archive = new TestArchive(documents: 120, withBadLines: true);
        var (expectedOutput, expectedErrors) = archive.SingleProcessResult();
        await using var cluster = await InProcessCluster.StartAsync();
        var extraction = cluster.Extraction(DocumentsPerBatch, BatchesInFlight);

        var (output, errors, allSucceeded) = await Run(extraction, archive.Items());

        output.Should().Be(expectedOutput, "the cluster writes what one process writes, line for line and in order");
        errors.Should().Be(expectedErrors);
        errors.Should().Contain("archive.jsonl:41: malformed JSON").And.Contain("archive.jsonl:62: missing string property \"text\"");
        allSucceeded.Should().BeFalse("two input lines were not documents");
        extraction.BatchesBySilo.Should().HaveCount(2, "the batches are spread over both silos");
        extraction.Retries.Should().Be(0);
    }

    [Fact]
    public async Task A_silo_killed_mid_run_loses_no_document_and_writes_none_twice()
    {
        using var archive = new TestArchive(documents: 150, withBadLines: false);
        var (expectedOutput, _) = archive.SingleProcessResult();
        await using var cluster = await InProcessCluster.StartAsync();
        var extraction = cluster.Extraction(DocumentsPerBatch, BatchesInFlight);
        var secondary = cluster.Cluster.Silos[1];
        Task? kill = null;

        // Killed while the client reads document 60: by then both silos have answered batches and more are out.
        var items = WhenReading(archive.Items(), index: 60, () => kill = cluster.Cluster.KillSiloAsync(secondary));
        var (output, errors, allSucceeded) = await Run(extraction, items);
        await kill!;

        output.Should().Be(expectedOutput, "every document is written once, in input order");
        errors.Should().BeEmpty();
        allSucceeded.Should().BeTrue();
        extraction.Retries.Should().BeGreaterThan(0, "the batches out when the silo died were sent again");
        extraction.BatchesBySilo.Should().HaveCount(2, "the killed silo had answered batches before it died");
    }

    [Fact]
    public async Task A_silo_stopped_gracefully_mid_run_loses_no_document()
    {
        using var archive = new TestArchive(documents: 150, withBadLines: false);
        var (expectedOutput, _) = archive.SingleProcessResult();
        await using var cluster = await InProcessCluster.StartAsync();
        var extraction = cluster.Extraction(DocumentsPerBatch, BatchesInFlight);
        var secondary = cluster.Cluster.Silos[1];
        Task? stop = null;

        var items = WhenReading(archive.Items(), index: 60, () => stop = cluster.Cluster.StopSiloAsync(secondary));
        var (output, errors, allSucceeded) = await Run(extraction, items);
        await stop!;

        output.Should().Be(expectedOutput);
        errors.Should().BeEmpty();
        allSucceeded.Should().BeTrue();
        extraction.BatchesBySilo.Should().HaveCount(2);
    }

    private static async Task<(string Output, string Errors, bool AllSucceeded)> Run(OrderedClusterExtraction extraction, IEnumerable<InputItem> items)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter { NewLine = "\n" };
        bool allSucceeded = await extraction.RunAsync(items, defaultDate: null, output, errors, BatchProgress.None);
        return (Encoding.UTF8.GetString(output.ToArray()), errors.ToString(), allSucceeded);
    }

    /// <summary>Passes <paramref name="items"/> through, running <paramref name="action"/> when item <paramref name="index"/> is read.</summary>
    private static IEnumerable<InputItem> WhenReading(IEnumerable<InputItem> items, int index, Action action)
    {
        int read = 0;
        foreach (var item in items)
        {
            if (read++ == index)
            {
                action();
            }

            yield return item;
        }
    }
}
