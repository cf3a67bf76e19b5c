using System.Text;
using System.Text.Json;
using Attribution.Serialization;
using Attribution.Text;

namespace Attribution.Tests.Reliability;

/// <summary>
/// The promises every output makes whatever the input: spans inside the text, each excerpt equal to its
/// slice, tokens that rebuild the text, sentences and paragraphs in order, JSON that parses back to the
/// same offsets. Each check throws (through FluentAssertions) with the offending span in the message.
/// </summary>
internal static class OutputInvariants
{
    /// <summary>Runs tokenize, segment, extract and serialize on <paramref name="text"/> and checks every output.</summary>
    public static AttributionResult CheckAllStages(AttributionExtractor extractor, string text, DateOnly? date = null)
    {
        CheckTokens(text, extractor.Tokenize(text));
        CheckSegmentation(text, extractor.Segment(text));
        var result = extractor.Extract(text, date);
        CheckResult(text, result);
        CheckJson(text, result, AttributionJson.Serialize("doc", null, result));
        return result;
    }

    /// <summary>Tokens (white space included) are non-empty, contiguous, and cover the whole text.</summary>
    public static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        int position = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var span = tokens[i].Span;
            if (span.Start != position || span.End <= span.Start || span.End > text.Length)
            {
                throw new Xunit.Sdk.XunitException(
                    $"token {i} {span} ({tokens[i].Kind}) does not continue the previous token at {position} in a text of {text.Length}");
            }

            if (tokens[i].Kind == TokenKind.Whitespace)
            {
                CheckAllWhitespace(text, span);
            }

            position = span.End;
        }

        position.Should().Be(text.Length, "the tokens and white space must rebuild the whole text");
    }

    /// <summary>Sentences and paragraphs are non-empty, in range, in order and disjoint.</summary>
    public static void CheckSegmentation(string text, TextSegmentation segmentation)
    {
        CheckOrderedDisjoint(text, segmentation.Sentences, "sentence");
        CheckOrderedDisjoint(text, segmentation.Paragraphs, "paragraph");
    }

    /// <summary>Every span of every statement and entity is in range, each text equals its slice, ids point where they should.</summary>
    public static void CheckResult(string text, AttributionResult result)
    {
        result.Text.Should().BeSameAs(text, "the result indexes the caller's own string");
        for (int e = 0; e < result.Entities.Length; e++)
        {
            var entity = result.Entities[e];
            entity.Id.Should().Be(e, "an entity's id is its index");
            entity.Name.Should().NotBeNull();
            foreach (var mention in entity.Mentions)
            {
                CheckInRange(text, mention, $"mention of entity {e}");
            }
        }

        var previous = default(TextSpan);
        for (int s = 0; s < result.Statements.Length; s++)
        {
            var statement = result.Statements[s];
            string where = $"statement {s}";
            CheckExcerpt(text, statement.Content.Span, statement.Content.Text, where + " content");
            statement.Content.Span.IsEmpty.Should().BeFalse($"{where} has content");
            if (s > 0)
            {
                (statement.Content.Span >= previous).Should().BeTrue($"{where} must come in document order of content");
            }

            previous = statement.Content.Span;
            if (!statement.Fragments.IsDefault)
            {
                foreach (var fragment in statement.Fragments)
                {
                    CheckExcerpt(text, fragment.Span, fragment.Text, where + " fragment");
                    statement.Content.Span.Contains(fragment.Span).Should().BeTrue($"{where}'s fragment {fragment.Span} lies in its content {statement.Content.Span}");
                }
            }

            if (statement.Cue is { } cue)
            {
                CheckExcerpt(text, cue.Span, cue.Text, where + " cue");
                cue.Lemma.Should().NotBeNullOrEmpty();
            }

            if (statement.Speaker is { } speaker)
            {
                CheckExcerpt(text, speaker.Span, speaker.Text, where + " speaker");
                CheckEntity(result, speaker.Entity, where + " speaker");
            }

            if (statement.Addressee is { } addressee)
            {
                CheckExcerpt(text, addressee.Span, addressee.Text, where + " addressee");
                CheckEntity(result, addressee.Entity, where + " addressee");
            }

            if (statement.Time is { } time)
            {
                CheckExcerpt(text, time.Span, time.Text, where + " time");
            }

            statement.Confidence.Should().BeInRange(0, 1, $"{where}'s confidence");
        }
    }

    /// <summary>
    /// A statement's content overlaps neither its own speaker nor its cue, nor another statement's content,
    /// except that a statement may nest whole (content, cue and speaker) inside an indirect or mixed content
    /// (<c>According to the Herald, Burrows said …</c>), and a belief (speech false) or a quote inside a direct one
    /// (<c>“I think the bridge is safe,” the engineer said</c>; <c>“I told them, ‘It will not hold,’” she said</c>), and a full
    /// frame inside a transcript turn, a direct statement with no cue (<c>A: We have told Washington that the deal is off.</c>).
    /// </summary>
    public static void CheckStatementsDoNotOverlap(AttributionResult result)
    {
        for (int s = 0; s < result.Statements.Length; s++)
        {
            var statement = result.Statements[s];
            var content = statement.Content.Span;
            if (statement.Speaker is { } speaker)
            {
                OverlapsContent(statement, speaker.Span).Should().BeFalse($"statement {s}'s speaker {speaker.Span} '{speaker.Text}' lies in its content {content}");
            }

            if (statement.Cue is { } cue)
            {
                OverlapsContent(statement, cue.Span).Should().BeFalse($"statement {s}'s cue {cue.Span} '{cue.Text}' lies in its content {content}");
            }

            if (s + 1 < result.Statements.Length)
            {
                var following = result.Statements[s + 1];
                var next = following.Content.Span;
                bool turn = statement.Kind == StatementKind.Direct && statement.Cue is null;
                bool nested = (statement.Kind != StatementKind.Direct || turn || !following.IsSpeech || following.Kind == StatementKind.Direct) && Contains(content, next) && following.Cue is { } innerCue && Contains(content, innerCue.Span)
                    && (following.Speaker is null || Contains(content, following.Speaker.Span));
                (nested || !content.OverlapsWith(next)).Should().BeTrue($"statement {s}'s content {content} overlaps statement {s + 1}'s content {next}");
            }
        }
    }

    private static bool Contains(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;

    /// <summary>The JSON is one valid object whose offsets and texts are those of <paramref name="result"/>.</summary>
    public static void CheckJson(string text, AttributionResult result, string json)
    {
        json.Should().NotContain("\n", "one document is one line of JSON");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var statements = root.GetProperty("statements");
        statements.GetArrayLength().Should().Be(result.Statements.Length);
        int s = 0;
        foreach (var statement in statements.EnumerateArray())
        {
            CheckJsonExcerpt(text, statement.GetProperty("content"), $"statement {s} content");
            foreach (string name in new[] { "cue", "speaker", "addressee", "time" })
            {
                var element = statement.GetProperty(name);
                if (element.ValueKind != JsonValueKind.Null)
                {
                    CheckJsonExcerpt(text, element, $"statement {s} {name}");
                }
            }

            if (statement.TryGetProperty("fragments", out var fragments))
            {
                foreach (var fragment in fragments.EnumerateArray())
                {
                    CheckJsonExcerpt(text, fragment, $"statement {s} fragment");
                }
            }

            s++;
        }

        var entities = root.GetProperty("entities");
        entities.GetArrayLength().Should().Be(result.Entities.Length);
        int e = 0;
        foreach (var entity in entities.EnumerateArray())
        {
            entity.GetProperty("name").GetString().Should().Be(WithReplacementCharacters(result.Entities[e].Name));
            e++;
        }
    }

    /// <summary>
    /// <paramref name="value"/> with every unpaired surrogate replaced by U+FFFD: what the JSON writer must
    /// write for text that is not valid UTF-16 (computed here independently of the library's own code).
    /// </summary>
    public static string WithReplacementCharacters(string value)
    {
        var builder = new StringBuilder(value.Length);
        int i = 0;
        while (i < value.Length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                builder.Append(value, i, consumed);
            }
            else
            {
                builder.Append('\uFFFD');
            }

            i += consumed;
        }

        return builder.ToString();
    }

    private static bool OverlapsContent(Statement statement, TextSpan span)
    {
        if (statement.Fragments.IsDefaultOrEmpty)
        {
            return statement.Content.Span.OverlapsWith(span);
        }

        // An interrupted quote's content spans its frame ("Q1," S said, "Q2"): only the pieces are content.
        foreach (var fragment in statement.Fragments)
        {
            if (fragment.Span.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckJsonExcerpt(string text, JsonElement element, string what)
    {
        int start = element.GetProperty("start").GetInt32();
        int end = element.GetProperty("end").GetInt32();
        var span = new TextSpan(start, end);
        CheckInRange(text, span, what + " (JSON)");
        element.GetProperty("text").GetString().Should().Be(WithReplacementCharacters(span.Slice(text)), $"{what} (JSON) text is the slice {span}");
    }

    private static void CheckEntity(AttributionResult result, Entity? entity, string what)
    {
        if (entity is null)
        {
            return;
        }

        entity.Id.Should().BeInRange(0, result.Entities.Length - 1, $"{what}'s entity id");
        result.Entities[entity.Id].Should().BeSameAs(entity, $"{what}'s entity is the one listed under its id");
    }

    private static void CheckExcerpt(string text, TextSpan span, string excerpt, string what)
    {
        CheckInRange(text, span, what);
        if (!text.AsSpan(span.Start, span.Length).SequenceEqual(excerpt))
        {
            throw new Xunit.Sdk.XunitException($"{what} {span} has text that is not its slice");
        }
    }

    private static void CheckInRange(string text, TextSpan span, string what)
    {
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
        {
            throw new Xunit.Sdk.XunitException($"{what} {span} is outside the text of length {text.Length}");
        }
    }

    private static void CheckAllWhitespace(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            // Control and format characters (NUL, U+200B, U+FEFF) may ride along with white space; letters may not.
            char c = text[i];
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                throw new Xunit.Sdk.XunitException($"white-space token {span} holds U+{(int)text[i]:X4} at {i}");
            }
        }
    }

    private static void CheckOrderedDisjoint(string text, IReadOnlyList<TextSpan> spans, string what)
    {
        int previousEnd = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            CheckInRange(text, span, $"{what} {i}");
            if (span.Start < previousEnd)
            {
                throw new Xunit.Sdk.XunitException($"{what} {i} {span} starts before the previous one ends at {previousEnd}");
            }

            if (span.IsEmpty)
            {
                throw new Xunit.Sdk.XunitException($"{what} {i} {span} is empty");
            }

            previousEnd = span.End;
        }
    }
}
