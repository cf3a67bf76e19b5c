using System.Collections.Immutable;

namespace Attribution.Tests.TestSupport;

/// <summary>
/// The statements the default extractor returns for a text, for the tests that assert on the public result
/// end to end (the rule tests' <see cref="FrameProbe"/> sees the frame stage alone).
/// </summary>
internal static class Extracted
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    public static ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    /// <summary>The whole result of <paramref name="text"/>, for tests that also look at its entities.</summary>
    public static AttributionResult Result(string text) => Extractor.Extract(text);

    /// <summary>The one statement of <paramref name="text"/>; fails, listing what was found, when there is not exactly one.</summary>
    public static Statement Single(string text)
    {
        var statements = Find(text);
        statements.Should().ContainSingle($"«{text}» holds one statement; found: {Describe(statements)}");
        return statements[0];
    }

    /// <summary>Describes the statements for an assertion message.</summary>
    public static string Describe(ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text}"));
}
