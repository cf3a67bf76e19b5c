namespace Attribution.WebApi;

/// <summary>Why a request cannot be served: the 4xx status to answer with and a message for the client.</summary>
internal sealed record RequestProblem(int StatusCode, string Detail);
