namespace Attribution.WebApi;

/// <summary>A validated <c>POST /extract</c> body: the text, its publication date if given, and an id for the output.</summary>
internal sealed record ExtractRequest(string Text, DateOnly? Date, string Id);
