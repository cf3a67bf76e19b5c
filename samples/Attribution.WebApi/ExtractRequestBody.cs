using System.Text.Json.Serialization;

namespace Attribution.WebApi;

/// <summary>
/// The JSON body of <c>POST /extract</c> as it arrives, read by the source-generated <see cref="WebApiJsonContext"/>;
/// <see cref="ExtractRequestReader"/> checks it and turns it into an <see cref="ExtractRequest"/>.
/// </summary>
public sealed class ExtractRequestBody
{
    /// <summary>The article text to read (required).</summary>
    [JsonConverter(typeof(StrictStringConverter))]
    public string? Text { get; set; }

    /// <summary>The publication date as <c>YYYY-MM-DD</c>, against which relative times resolve (optional).</summary>
    [JsonConverter(typeof(StrictStringConverter))]
    public string? Date { get; set; }

    /// <summary>The id to echo in the output (optional; <c>document</c> by default).</summary>
    [JsonConverter(typeof(StrictStringConverter))]
    public string? Id { get; set; }
}
