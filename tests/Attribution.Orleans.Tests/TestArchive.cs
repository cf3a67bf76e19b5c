using System.Text;
using System.Text.Json;
using Attribution.Samples.Input;
using Attribution.Serialization;

namespace Attribution.OrleansSample.Tests;

/// <summary>
/// A JSONL archive of news documents in a temporary folder: the GUM articles of the test data, repeated under
/// distinct ids, a few short reports written for these tests, and optionally bad lines at fixed places. It also
/// gives what the single-process extractor makes of it, line for line.
/// </summary>
public sealed class TestArchive : IDisposable
{
    /// <summary>Short reports of our own, so the archive is not only GUM's genres.</summary>
    private static readonly string[] OwnReports =
    [
        "“We will not raise fares this year,” the transport minister said on Tuesday, after a week of protests in the capital.",
        "The mayor told reporters that the bridge would reopen in March. “Every lane will be open by spring,” she said.",
        "According to the finance ministry, inflation slowed to 2.1 percent in October. Analysts said the figure was lower than expected.",
        "“It was a difficult decision,” said Anna Keller, the club's chairwoman. Keller added that the coach had the board's full support.",
        "Police said on Friday that two men had been arrested. A spokesman declined to say whether charges would follow.",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attribution-orleans-" + Guid.NewGuid().ToString("N"));

    /// <param name="documents">How many documents.</param>
    /// <param name="withBadLines">Whether to put a malformed line, a line without text and a blank line among them.</param>
    public TestArchive(int documents, bool withBadLines)
    {
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "archive.jsonl");
        var gum = File.ReadLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "gum-attribution.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(root => (Id: root.GetProperty("id").GetString()!, Text: root.GetProperty("text").GetString()!, Date: root.TryGetProperty("date", out var d) ? d.GetString() : null))
            .ToList();
        using var writer = new StreamWriter(Path, append: false, Utf8);
        for (int i = 0; i < documents; i++)
        {
            if (withBadLines && i == documents / 3)
            {
                writer.WriteLine("{\"id\": \"cut-off\", \"text\": \"The minister said");
            }

            if (withBadLines && i == documents / 2)
            {
                writer.WriteLine("{\"id\": \"no-text\", \"title\": \"A headline without a story\"}");
                writer.WriteLine();
            }

            var (id, text, date) = i % 10 == 9
                ? ($"report-{i}", OwnReports[i % OwnReports.Length], "2026-11-24")
                : ($"{gum[i % gum.Count].Id}-{i}", gum[i % gum.Count].Text, gum[i % gum.Count].Date);
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["text"] = text, ["date"] = date }));
        }

        DocumentCount = documents;
    }

    public string Path { get; }

    public int DocumentCount { get; }

    /// <summary>The input as the samples read it: documents and input errors in order.</summary>
    public IEnumerable<InputItem> Items() => DocumentReader.Read([], [Path], TextReader.Null);

    /// <summary>
    /// What one process makes of the archive with the library alone: the result lines (the contract of
    /// <c>attribution extract</c>) and the error reports, each in input order.
    /// </summary>
    public (string Output, string Errors) SingleProcessResult()
    {
        var extractor = AttributionExtractor.CreateDefault();
        var output = new StringBuilder();
        var errors = new StringBuilder();
        foreach (var item in Items())
        {
            if (item.Error is { } error)
            {
                errors.Append("attribution: ").Append(error).Append('\n');
                continue;
            }

            var document = item.Document!;
            output.Append(AttributionJson.Serialize(document.Id, document.Source, extractor.Extract(document.Text, document.Date))).Append('\n');
        }

        return (output.ToString(), errors.ToString());
    }

    /// <summary>A file in the archive's folder, for outputs.</summary>
    public string FileBeside(string name) => System.IO.Path.Combine(_directory, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the folder is in the temp directory.
        }
    }
}
