using System.Globalization;
using Attribution.Evaluation.Scoring;

namespace Attribution.Evaluation.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as plain-text tables, and error examples for tuning.</summary>
public static class TableReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the score tables, then up to <paramref name="errorsPerKind"/> examples of each error kind.</summary>
    public static void Write(TextWriter writer, EvaluationReport report, int errorsPerKind)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteLine($"Attribution accuracy on {report.Source}: {report.Documents} documents, {(report.SpeechOnly ? "speech statements only" : "all statements")}");
        writer.WriteLine();
        string triple = $"{"P",6} {"R",5} {"F1",5}";
        writer.WriteLine($"{"",25}{"exact",-18}   {"strict",-18}   {"lenient"}");
        writer.WriteLine($"{"content",-9} {"gold",6} {"pred",5} | {triple} | {triple} | {triple}");
        foreach (var (name, scores) in Lines(report))
        {
            writer.WriteLine(string.Create(Invariant,
                $"{name,-9} {scores.Lenient.Gold,6} {scores.Lenient.Predicted,5} | {Triple(scores.Exact)} | {Triple(scores.Strict)} | {Triple(scores.Lenient)}"));
        }

        writer.WriteLine();
        writer.WriteLine($"{"",20}{"speaker",-16} {"resolved",-16} {"cue",-16}   {"full"}");
        writer.WriteLine($"{"pairs",-9} {"n",7} | {"%",5} {"(right/n)",-10} {"%",5} {"(right/n)",-10} {"%",5} {"(right/n)",-10} | {triple}");
        foreach (var (name, scores) in Lines(report))
        {
            writer.WriteLine(string.Create(Invariant,
                $"{name,-9} {scores.Speaker.Total,7} | {Ratio(scores.Speaker)} {Ratio(scores.ResolvedSpeaker)} {Ratio(scores.Cue)} | {Triple(scores.Full)}"));
        }

        writer.WriteLine();
        writer.WriteLine($"{"",20}{"attributed",-18}   {"speaker span"}");
        writer.WriteLine($"{"source",-9} {"",12} | {triple} | {triple}");
        foreach (var (name, scores) in Lines(report))
        {
            writer.WriteLine(string.Create(Invariant,
                $"{name,-9} {"",12} | {Triple(scores.Attributed)} | {Triple(scores.SpeakerSpan)}"));
        }

        var all = report.All;
        if (all.Addressee.Total > 0 || all.Time.Total > 0)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(Invariant, $"addressee (where gold has one) {Ratio(all.Addressee)}   time (where gold has one) {Ratio(all.Time)}"));
        }

        writer.WriteLine();
        writer.WriteLine("Percent. Content: exact = same characters after trimming white space, quotes and edge punctuation;");
        writer.WriteLine("strict = Dice >= 0.8; lenient = overlap >= 0.3 of the gold content. Lines follow the gold kind (a");
        writer.WriteLine("wrong prediction counts under its own kind; pred = lenient count). pairs = leniently matched pairs;");
        writer.WriteLine("resolved: only where gold names the speaker; full = strict content with right speaker and cue;");
        writer.WriteLine("attributed = lenient content with a speaker overlapping gold's; speaker span = lenient content with");
        writer.WriteLine("exactly gold's speaker span (trimmed like contents).");
        if (errorsPerKind > 0)
        {
            WriteErrors(writer, report, ErrorKind.Miss, "misses (gold statements no prediction matches)", errorsPerKind);
            WriteErrors(writer, report, ErrorKind.FalsePositive, "false positives (predictions no gold statement matches)", errorsPerKind);
            WriteErrors(writer, report, ErrorKind.WrongSpeaker, "wrong speakers (matched statements)", errorsPerKind);
        }
    }

    internal static IEnumerable<(string Name, KindScores Scores)> Lines(EvaluationReport report)
    {
        yield return ("all", report.All);
        yield return ("direct", report.Direct);
        yield return ("mixed", report.Mixed);
        yield return ("indirect", report.Indirect);
    }

    private static void WriteErrors(TextWriter writer, EvaluationReport report, ErrorKind kind, string title, int limit)
    {
        var errors = report.Errors.Where(e => e.Error == kind).ToList();
        writer.WriteLine();
        writer.WriteLine(string.Create(Invariant, $"{title}: showing {Math.Min(limit, errors.Count)} of {errors.Count}"));
        foreach (var error in errors.Take(limit))
        {
            string kindName = error.Kind.ToString().ToLowerInvariant();
            writer.WriteLine(string.Create(Invariant, $"- {error.DocumentId} {error.Content} {kindName}"));
            writer.WriteLine($"    content:   {OneLine(error.ContentText)}");
            if (error.GoldSpeaker is not null || kind != ErrorKind.FalsePositive)
            {
                writer.WriteLine($"    gold speaker: {error.GoldSpeaker ?? "(none)"}");
            }

            if (kind != ErrorKind.Miss)
            {
                writer.WriteLine($"    predicted speaker: {error.PredictedSpeaker ?? "(none)"}");
            }

            writer.WriteLine($"    context:   {error.Context}");
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Triple(PrecisionRecall scores) =>
        string.Create(Invariant, $"{100 * scores.Precision,6:F1} {100 * scores.Recall,5:F1} {100 * scores.F1,5:F1}");

    // Nothing judged (brat gold has no resolved names, most gold no times) is a dash, not a score of 0.
    private static string Ratio(Accuracy accuracy) => accuracy.Total == 0
        ? string.Create(Invariant, $"{"—",5} {"(0/0)",-10}")
        : string.Create(Invariant, $"{100 * accuracy.Value,5:F1} {"(" + accuracy.Correct + "/" + accuracy.Total + ")",-10}");
}
