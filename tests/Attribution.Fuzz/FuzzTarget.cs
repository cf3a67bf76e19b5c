using Attribution.Serialization;
using Attribution.Text;

namespace Attribution.Fuzz;

/// <summary>
/// One fuzz execution: the text through tokenize, segment, extract and serialize, then the output promises
/// (every span in range, every excerpt equal to its slice, tokens rebuilding the text). Any exception, or a
/// broken promise (thrown as <see cref="InvariantViolationException"/>), is a crash for the fuzzer.
/// </summary>
internal static class FuzzTarget
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();
    private static readonly DateOnly PublicationDate = new(2024, 9, 27);

    public static void Run(ReadOnlySpan<byte> input)
    {
        string text = FuzzInput.Decode(input);
        var tokens = Extractor.Tokenize(text);
        CheckTokens(text, tokens);
        var segmentation = Extractor.Segment(text);
        CheckOrdered(text, segmentation.Sentences, "sentence");
        CheckOrdered(text, segmentation.Paragraphs, "paragraph");
        var result = Extractor.Extract(text, PublicationDate);
        CheckResult(text, result);
        string json = AttributionJson.Serialize("fuzz", null, result);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Require(parsed.RootElement.GetProperty("statements").GetArrayLength() == result.Statements.Length, "the JSON holds every statement");
    }

    private static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        int position = 0;
        foreach (var token in tokens)
        {
            Require(token.Span.Start == position && token.Span.End > token.Span.Start, $"token {token.Span} continues at {position}");
            position = token.Span.End;
        }

        Require(position == text.Length, $"tokens rebuild the text ({position} of {text.Length})");
    }

    private static void CheckOrdered(string text, IReadOnlyList<TextSpan> spans, string what)
    {
        int previousEnd = 0;
        foreach (var span in spans)
        {
            Require(span.Start >= previousEnd && span.End <= text.Length && !span.IsEmpty, $"{what} {span} in order, in range, not empty");
            previousEnd = span.End;
        }
    }

    private static void CheckResult(string text, AttributionResult result)
    {
        foreach (var statement in result.Statements)
        {
            CheckExcerpt(text, statement.Content.Span, statement.Content.Text, "content");
            foreach (var fragment in statement.Fragments.IsDefault ? [] : statement.Fragments)
            {
                CheckExcerpt(text, fragment.Span, fragment.Text, "fragment");
            }

            if (statement.Cue is { } cue)
            {
                CheckExcerpt(text, cue.Span, cue.Text, "cue");
            }

            if (statement.Speaker is { } speaker)
            {
                CheckExcerpt(text, speaker.Span, speaker.Text, "speaker");
                Require(speaker.Entity is null || result.Entities[speaker.Entity.Id] == speaker.Entity, "speaker entity listed");
            }

            if (statement.Addressee is { } addressee)
            {
                CheckExcerpt(text, addressee.Span, addressee.Text, "addressee");
            }

            if (statement.Time is { } time)
            {
                CheckExcerpt(text, time.Span, time.Text, "time");
            }
        }

        for (int e = 0; e < result.Entities.Length; e++)
        {
            Require(result.Entities[e].Id == e, "entity id is its index");
            foreach (var mention in result.Entities[e].Mentions)
            {
                Require(mention.End <= text.Length, $"entity mention {mention} in range");
            }
        }
    }

    private static void CheckExcerpt(string text, TextSpan span, string excerpt, string what)
    {
        Require(span.End <= text.Length, $"{what} {span} in range of {text.Length}");
        Require(text.AsSpan(span.Start, span.Length).SequenceEqual(excerpt), $"{what} {span} text equals its slice");
    }

    private static void Require(bool condition, string promise)
    {
        if (!condition)
        {
            throw new InvariantViolationException(promise);
        }
    }
}
