using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Attribution.Benchmarks;

/// <summary>
/// Benchmark inputs built from the GUM news and interview texts in the test data (real English news,
/// CC BY; see tests/Attribution.Tests/Data/gum/LICENSE.txt): repeated into a few MB of separate documents,
/// or joined into one large document. Deterministic, so every process builds the same input.
/// </summary>
public static class NewsCorpus
{
    /// <summary>About 10 MB of GUM documents, each extracted on its own (the same documents as the whole-process script's JSONL).</summary>
    public const string ManyDocuments = "news-10MB";

    /// <summary>One document of about 10 MB: the GUM texts joined by blank lines.</summary>
    public const string OneLargeDocument = "single-10MB";

    private const int Megabyte = 1_000_000;

    private static readonly ConcurrentDictionary<string, string[]> Cache = new();

    /// <summary>The documents of the named input (one for <see cref="OneLargeDocument"/>).</summary>
    public static string[] Documents(string name) => Cache.GetOrAdd(name, Build);

    /// <summary>The UTF-8 size in bytes of the named input, by which throughput is measured.</summary>
    public static long ByteCount(string name)
    {
        long bytes = 0;
        foreach (var document in Documents(name))
        {
            bytes += Encoding.UTF8.GetByteCount(document);
        }

        return bytes;
    }

    /// <summary>Joins the GUM texts by blank lines into one document of at least <paramref name="megabytes"/> MB of UTF-8.</summary>
    public static string LargeDocument(int megabytes)
    {
        var texts = GumTexts();
        long target = (long)megabytes * Megabyte;
        var builder = new StringBuilder(capacity: (int)Math.Min(int.MaxValue, target + 200_000));
        long bytes = 0;
        for (int i = 0; bytes < target; i = (i + 1) % texts.Length)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
                bytes += 2;
            }

            builder.Append(texts[i]);
            bytes += Encoding.UTF8.GetByteCount(texts[i]);
        }

        return builder.ToString();
    }

    private static string[] Build(string name) => name switch
    {
        ManyDocuments => RepeatedDocuments(10L * Megabyte),
        OneLargeDocument => [LargeDocument(10)],
        _ => throw new ArgumentException($"unknown corpus '{name}'", nameof(name)),
    };

    private static string[] RepeatedDocuments(long targetBytes)
    {
        var texts = GumTexts();
        var documents = new List<string>();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i = (i + 1) % texts.Length)
        {
            // A fresh string per copy, as a real archive would hand over, so no cache sees the same instance twice.
            documents.Add(new string(texts[i].AsSpan()));
            bytes += Encoding.UTF8.GetByteCount(texts[i]);
        }

        return [.. documents];
    }

    private static string[] GumTexts()
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(GumPath()))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            texts.Add(json.RootElement.GetProperty("text").GetString()!);
        }

        return [.. texts];
    }

    /// <summary>Finds the GUM data in the repository: walks up to Attribution.sln from the running assembly, then from the working directory.</summary>
    private static string GumPath()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Attribution.sln")))
                {
                    return Path.Combine(directory.FullName, "tests", "Attribution.Tests", "Data", "gum", "gum-attribution.jsonl");
                }
            }
        }

        throw new FileNotFoundException($"Run the benchmarks from inside the repository: Attribution.sln was not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
