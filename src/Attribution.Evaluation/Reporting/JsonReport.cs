using System.Text.Encodings.Web;
using System.Text.Json;
using Attribution.Evaluation.Scoring;

namespace Attribution.Evaluation.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as one JSON object (ratios as fractions 0..1, counts beside them).</summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report with up to <paramref name="errorsPerKind"/> examples of each error kind.</summary>
    public static void Write(Stream output, EvaluationReport report, int errorsPerKind)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("source", report.Source);
        writer.WriteBoolean("speechOnly", report.SpeechOnly);
        writer.WriteNumber("documents", report.Documents);
        writer.WriteStartObject("headline");
        foreach (var (name, value) in report.Headline())
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("lines");
        foreach (var (name, scores) in TableReport.Lines(report))
        {
            writer.WriteStartObject(name);
            WritePrecisionRecall(writer, "exact", scores.Exact);
            WritePrecisionRecall(writer, "strict", scores.Strict);
            WritePrecisionRecall(writer, "lenient", scores.Lenient);
            WritePrecisionRecall(writer, "full", scores.Full);
            WritePrecisionRecall(writer, "attributed", scores.Attributed);
            WritePrecisionRecall(writer, "speakerSpan", scores.SpeakerSpan);
            WriteAccuracy(writer, "speaker", scores.Speaker);
            WriteAccuracy(writer, "resolvedSpeaker", scores.ResolvedSpeaker);
            WriteAccuracy(writer, "cue", scores.Cue);
            WriteAccuracy(writer, "addressee", scores.Addressee);
            WriteAccuracy(writer, "time", scores.Time);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("errors");
        foreach (var kind in (ErrorKind[])[ErrorKind.Miss, ErrorKind.FalsePositive, ErrorKind.WrongSpeaker])
        {
            foreach (var error in report.Errors.Where(e => e.Error == kind).Take(errorsPerKind))
            {
                writer.WriteStartObject();
                writer.WriteString("error", kind switch
                {
                    ErrorKind.Miss => "miss",
                    ErrorKind.FalsePositive => "falsePositive",
                    _ => "wrongSpeaker",
                });
                writer.WriteString("document", error.DocumentId);
                writer.WriteString("kind", error.Kind.ToString().ToLowerInvariant());
                writer.WriteNumber("start", error.Content.Start);
                writer.WriteNumber("end", error.Content.End);
                writer.WriteString("content", error.ContentText);
                writer.WriteString("goldSpeaker", error.GoldSpeaker);
                writer.WriteString("predictedSpeaker", error.PredictedSpeaker);
                writer.WriteString("context", error.Context);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePrecisionRecall(Utf8JsonWriter writer, string name, PrecisionRecall scores)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gold", scores.Gold);
        writer.WriteNumber("predicted", scores.Predicted);
        writer.WriteNumber("correct", scores.Correct);
        writer.WriteNumber("precision", Math.Round(scores.Precision, 4));
        writer.WriteNumber("recall", Math.Round(scores.Recall, 4));
        writer.WriteNumber("f1", Math.Round(scores.F1, 4));
        writer.WriteEndObject();
    }

    private static void WriteAccuracy(Utf8JsonWriter writer, string name, Accuracy accuracy)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("correct", accuracy.Correct);
        writer.WriteNumber("total", accuracy.Total);
        writer.WriteNumber("accuracy", Math.Round(accuracy.Value, 4));
        writer.WriteEndObject();
    }
}
