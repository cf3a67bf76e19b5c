using System.Text.Json.Serialization;

namespace Attribution.WebApi;

/// <summary>
/// Source-generated JSON metadata for the request body: no reflection, and the reader's limits in one place
/// (a body nests no deeper than <see cref="MaxDepth"/>; member names are camelCase, as in the output contract).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = MaxDepth,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ExtractRequestBody))]
internal sealed partial class WebApiJsonContext : JsonSerializerContext
{
    /// <summary>The body is one flat object; a little room for unknown members that nest, nothing more.</summary>
    public const int MaxDepth = 8;
}
