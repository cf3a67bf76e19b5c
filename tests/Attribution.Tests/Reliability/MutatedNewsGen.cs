using System.Text;
using System.Text.Json;
using Attribution.Tests.TestSupport;
using CsCheck;

namespace Attribution.Tests.Reliability;

/// <summary>
/// Real news with damage: a window of one to four paragraphs of a GUM document, then up to a dozen random
/// edits (a quote mark, a line break or an odd character inserted, a stretch deleted), so the properties
/// run where the rules actually fire (real frames, names, quotes) and just past where they expect.
/// </summary>
internal static class MutatedNewsGen
{
    private static readonly Lazy<string[][]> Paragraphs = new(LoadParagraphs);

    private static readonly string[] Insertions =
    [
        .. HostileText.QuoteMarks.Select(c => c.ToString()),
        "\n", "\n\n", "\r\n", "\u2028", " ", "\0", "\uD800", "\uDC00", "\u200B", "\u202E", ", he said, ", " said Smith. ",
        ":", "\u2014", "...", "(", ")",
    ];

    private readonly record struct Edit(double Where, int Kind, int Piece, int Length);

    /// <summary>A damaged window of GUM news.</summary>
    public static readonly Gen<string> Document = Gen.Select(
        Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[1, 4],
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 2], Gen.Int[0, Insertions.Length - 1], Gen.Int[1, 40], (w, k, p, l) => new Edit(w, k, p, l)).Array[0, 12],
        (documentPick, paragraphPick, count, edits) =>
        {
            string[] paragraphs = Paragraphs.Value[documentPick % Paragraphs.Value.Length];
            int first = paragraphPick % paragraphs.Length;
            var text = new StringBuilder(string.Join("\n\n", paragraphs, first, Math.Min(count, paragraphs.Length - first)));
            foreach (var edit in edits)
            {
                int at = (int)(edit.Where * text.Length);
                if (edit.Kind == 0 && text.Length > 0)
                {
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(edit.Length, text.Length - Math.Min(at, text.Length - 1)));
                }
                else
                {
                    text.Insert(at, Insertions[edit.Piece]);
                }
            }

            return text.ToString();
        });

    private static string[][] LoadParagraphs()
    {
        var documents = new List<string[]>();
        foreach (string line in File.ReadLines(TestData.PathOf("gum", "gum-attribution.jsonl")))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var json = JsonDocument.Parse(line);
                documents.Add(json.RootElement.GetProperty("text").GetString()!.Split("\n\n"));
            }
        }

        return [.. documents];
    }
}
