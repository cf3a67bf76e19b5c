using System.Globalization;
using System.Text.Json;

namespace Attribution.WebApi;

/// <summary>
/// Reads and checks a <c>POST /extract</c> body, <c>{"text": "...", "date": "YYYY-MM-DD"?, "id": "..."?}</c>,
/// through the source-generated <see cref="WebApiJsonContext"/>. Every way a body can be wrong — not JSON, not an
/// object, a member of the wrong type, invalid UTF-8, an escape that is a lone surrogate, too large — becomes a
/// client error with a plain message, never an exception that would reach the host as a 500.
/// </summary>
internal static class ExtractRequestReader
{
    public const string DefaultId = "document";

    /// <summary>The request, or the problem with it (never both).</summary>
    public static async Task<(ExtractRequest? Request, RequestProblem? Problem)> ReadAsync(
        HttpRequest httpRequest, ServiceSettings settings, CancellationToken cancellationToken)
    {
        if (httpRequest.ContentLength > settings.MaxRequestBodyBytes)
        {
            return (null, TooLarge(settings));
        }

        ExtractRequestBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(httpRequest.Body, WebApiJsonContext.Default.ExtractRequestBody, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) that grew past the limit while it was read.
            return (null, TooLarge(settings));
        }
        catch (BadHttpRequestException e)
        {
            return (null, new RequestProblem(e.StatusCode, $"The body could not be read: {e.Message}"));
        }
        catch (JsonException e)
        {
            return (null, BadRequest(Describe(e)));
        }
        catch (InvalidOperationException e) when (e.Source == "System.Text.Json")
        {
            // System.Text.Json reports undecodable text in a string this way: invalid UTF-8 or a lone surrogate escape.
            return (null, BadRequest($"The body holds text that is not valid Unicode: {e.Message} Send UTF-8 JSON whose \\u escapes pair their surrogates."));
        }

        return body is null
            ? (null, BadRequest(NotAnObject))
            : Validate(body, settings.MaxTextLength);
    }

    private const string NotAnObject = "The body must be a JSON object such as {\"text\": \"...\", \"date\": \"2024-09-27\"}.";

    private static (ExtractRequest? Request, RequestProblem? Problem) Validate(ExtractRequestBody body, int maxTextLength)
    {
        if (body.Text is null)
        {
            return (null, BadRequest("The body has no \"text\": give the article text to read."));
        }

        if (body.Text.Length > maxTextLength)
        {
            return (null, BadRequest(string.Create(CultureInfo.InvariantCulture,
                $"\"text\" has {body.Text.Length} UTF-16 code units, more than this service's limit of {maxTextLength} (Attribution:MaxTextLength).")));
        }

        DateOnly? date = null;
        if (body.Date is not null)
        {
            if (!DateOnly.TryParseExact(body.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, BadRequest($"\"date\" must be a date as YYYY-MM-DD (the publication date), not \"{body.Date}\"."));
            }

            date = parsed;
        }

        return (new ExtractRequest(body.Text, date, body.Id ?? DefaultId), null);
    }

    /// <summary>A message for a body the deserializer refused, by where it failed (its JSON path).</summary>
    /// <remarks>
    /// A member that is not a readable string is reported by <see cref="StrictStringConverter"/>, with the member's
    /// path added by the serializer; a well-formed body of the wrong type fails at the root (<c>$</c>) with no inner
    /// exception; anything else is a syntax error, and the reader's message says where.
    /// </remarks>
    private static string Describe(JsonException e) => e switch
    {
        BodyMemberException { Problem: BodyMemberProblem.NotUnicode } =>
            $"\"{Member(e)}\" is not valid Unicode text: the body holds invalid UTF-8 bytes, or a \\u escape of half a surrogate pair (such as \\ud800) with no partner.",
        BodyMemberException when Member(e) == "date" => "\"date\" must be a string, the publication date as YYYY-MM-DD.",
        BodyMemberException => $"\"{Member(e)}\" must be a string.",
        { Path: "$", InnerException: null } => NotAnObject,
        _ => $"The body is not valid JSON: {e.Message}",
    };

    /// <summary>The member name of a path such as <c>$.text</c>.</summary>
    private static string Member(JsonException e) => e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static RequestProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);

    private static RequestProblem TooLarge(ServiceSettings settings) =>
        new(StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
            $"The body is larger than this service accepts: at most {settings.MaxRequestBodyBytes} bytes, for a text of up to {settings.MaxTextLength} UTF-16 code units (Attribution:MaxTextLength)."));
}
