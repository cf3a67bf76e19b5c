using System.Text.Json;
using Attribution.Serialization;
using Attribution.Text;

namespace Attribution.Cli.Output;

/// <summary>Writes the JSONL records of the <c>tokens</c> and <c>sentences</c> commands (extract uses <see cref="AttributionJson"/>).</summary>
internal static class DocumentJsonWriter
{
    public static void WriteTokens(Utf8JsonWriter writer, string id, string text, IReadOnlyList<Token> tokens)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartArray("tokens");
        foreach (var token in tokens)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", token.Span.Start);
            writer.WriteNumber("end", token.Span.End);
            writer.WriteString("text", text.AsSpan(token.Span.Start, token.Span.Length));
            writer.WriteString("kind", KindName(token.Kind));
            if (token.Kind == TokenKind.Whitespace)
            {
                writer.WriteNumber("newlines", token.NewlineCount);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteSentences(Utf8JsonWriter writer, string id, string text, TextSegmentation segmentation)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartArray("sentences");
        foreach (var sentence in segmentation.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteString("text", text.AsSpan(sentence.Start, sentence.Length));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in segmentation.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", paragraph.Start);
            writer.WriteNumber("end", paragraph.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The snake_case name of a token kind in the JSON output (<c>opening_quote</c>, <c>url</c>).</summary>
    public static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.OpeningQuote => "opening_quote",
        TokenKind.ClosingQuote => "closing_quote",
        TokenKind.AmbiguousQuote => "ambiguous_quote",
        TokenKind.Apostrophe => "apostrophe",
        TokenKind.Dash => "dash",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Whitespace => "whitespace",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
