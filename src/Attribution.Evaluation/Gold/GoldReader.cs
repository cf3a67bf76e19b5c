namespace Attribution.Evaluation.Gold;

/// <summary>Reads gold from a path: a brat folder, a <c>.json</c> file with one document, or a JSONL file.</summary>
public static class GoldReader
{
    /// <summary>Reads every document under <paramref name="path"/>; throws <see cref="GoldFormatException"/> when it cannot.</summary>
    public static IReadOnlyList<GoldDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return BratGoldReader.ReadFolder(path);
        }

        if (!File.Exists(path))
        {
            throw new GoldFormatException($"{path}: no such file or folder");
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? [JsonGoldReader.ReadDocumentFile(path)]
            : JsonGoldReader.ReadLinesFile(path);
    }
}
