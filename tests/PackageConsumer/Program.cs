// Uses the packages as a service would: the extractor from DI, the result written through the
// source-generated JSON context. Prints what the packaging test checks.
using System.Text.Encodings.Web;
using System.Text.Json;
using Attribution;
using Attribution.Extensions.DependencyInjection;
using Attribution.Serialization;
using Microsoft.Extensions.DependencyInjection;

const string Text = "The finance minister said on Monday that the budget was too small. “We cannot build schools on promises,” she told reporters.";

using var services = new ServiceCollection()
    .AddAttribution(options => options.CueVerbs.Add("grumble"))
    .BuildServiceProvider();
var extractor = services.GetRequiredService<AttributionExtractor>();

var result = extractor.Extract(Text, new DateOnly(2024, 9, 27));
var readable = new AttributionJsonContext(new JsonSerializerOptions(AttributionJsonContext.Default.Options)
{
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
});

Console.WriteLine($"sentences: {extractor.Segment(Text).Sentences.Length}");
Console.WriteLine($"statements: {result.Statements.Length}");
foreach (var statement in result.Statements)
{
    Console.WriteLine($"statement: {statement.Kind} | {statement.Speaker?.Text} | {statement.Cue?.Lemma} | {statement.Content.Text}");
}

Console.WriteLine($"json: {JsonSerializer.Serialize(result, readable.AttributionResult)}");
Console.WriteLine($"contract: {AttributionJson.Serialize("consumer", null, result)}");
