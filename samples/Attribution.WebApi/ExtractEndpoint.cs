using Microsoft.AspNetCore.Http.HttpResults;

namespace Attribution.WebApi;

/// <summary>
/// <c>POST /extract</c>: reads a body, runs the shared extractor and writes the output contract of
/// <c>attribution extract</c>. Per-request choices (a query parameter, a header) join the handler's parameters.
/// </summary>
internal static class ExtractEndpoint
{
    /// <summary>The rate-limiter and timeout policy name of the endpoint.</summary>
    public const string PolicyName = "extract";

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/extract", HandleAsync)
            .WithName("Extract")
            .WithSummary("Finds who said what, to whom and when in a news text.")
            .WithDescription("Takes {\"text\": \"...\", \"date\": \"YYYY-MM-DD\"?, \"id\": \"...\"?} and returns the JSON contract of `attribution extract`: statements and entities, every span a UTF-16 offset range into the text.")
            .Accepts<ExtractRequestBody>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(PolicyName)
            .WithRequestTimeout(PolicyName);

    private static async Task<Results<ContractJsonResult, ProblemHttpResult>> HandleAsync(
        HttpContext context, IAttributionExtractor extractor, ServiceSettings settings)
    {
        // RequestAborted carries both the client's disconnect and the request timeout.
        var cancellationToken = context.RequestAborted;
        var (request, problem) = await ExtractRequestReader.ReadAsync(context.Request, settings, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return Problem(problem!);
        }

        // ?granularity=quote|act picks the statement granularity per request; the default is the configured one.
        // Only the library's extractor can change granularity; a test double keeps its own behaviour.
        var granularity = context.Request.Query["granularity"];
        if (granularity.Count > 0)
        {
            AttributionGranularity? chosen = granularity.ToString() switch
            {
                "quote" => AttributionGranularity.Quote,
                "act" => AttributionGranularity.Act,
                _ => null,
            };
            if (chosen is null)
            {
                return Problem(new RequestProblem(StatusCodes.Status400BadRequest, $"granularity must be quote or act, not '{granularity}'."));
            }

            if (extractor is AttributionExtractor library)
            {
                extractor = library.WithGranularity(chosen.Value);
            }
        }

        AttributionResult result;
        try
        {
            result = extractor.Extract(request.Text, request.Date, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return Problem(new RequestProblem(StatusCodes.Status400BadRequest, e.Message));
        }

        return new ContractJsonResult(request.Id, result);
    }

    private static ProblemHttpResult Problem(RequestProblem problem) =>
        TypedResults.Problem(title: "Bad extract request", detail: problem.Detail, statusCode: problem.StatusCode);
}
