using System.Globalization;
using System.Text.Json;

namespace Attribution.WebApi;

/// <summary>
/// Reads and validates a <c>POST /extract</c> body, <c>{"text": "...", "date": "YYYY-MM-DD"?, "id": "..."?}</c>,
/// by hand with <see cref="JsonDocument"/>, so every way it can be wrong gets its own plain message and no
/// reflection-based serializer is needed.
/// </summary>
internal static class ExtractRequestReader
{
    public const string DefaultId = "document";

    /// <summary>The request, or the reason it is bad (never both).</summary>
    public static async Task<(ExtractRequest? Request, string? Problem)> ReadAsync(Stream body, int maxTextLength, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message}");
        }

        using (json)
        {
            return Validate(json.RootElement, maxTextLength);
        }
    }

    private static (ExtractRequest? Request, string? Problem) Validate(JsonElement root, int maxTextLength)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object such as {\"text\": \"...\", \"date\": \"2024-09-27\"}.");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
        {
            return (null, "The body has no \"text\": give the article text to read.");
        }

        if (textElement.ValueKind != JsonValueKind.String)
        {
            return (null, "\"text\" must be a string.");
        }

        string text = textElement.GetString()!;
        if (text.Length > maxTextLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"\"text\" has {text.Length} UTF-16 code units, more than this service's limit of {maxTextLength} (Attribution:MaxTextLength)."));
        }

        DateOnly? date = null;
        if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
        {
            if (dateElement.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, $"\"date\" must be a date as YYYY-MM-DD (the publication date), not {dateElement.GetRawText()}.");
            }

            date = parsed;
        }

        string id = DefaultId;
        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                return (null, "\"id\" must be a string.");
            }

            id = idElement.GetString()!;
        }

        return (new ExtractRequest(text, date, id), null);
    }
}
