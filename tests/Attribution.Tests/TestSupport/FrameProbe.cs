using Attribution.Frames;
using Attribution.Frames.Rules;
using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Tests.TestSupport;

/// <summary>A statement as the frame stage found it, with the rule that made it, for the per-rule tests.</summary>
internal sealed record ProbedStatement(string? Rule, string? Complement, StatementKind Kind, string Content, string? Speaker, string? Cue, string? Addressee, double Confidence)
{
    public override string ToString() => $"{Rule}{(Complement is null ? "" : "+" + Complement)}: {Kind} «{Content}» by {Speaker} ({Cue}{(Addressee is null ? "" : " to " + Addressee)}, {Confidence:0.00})";
}

/// <summary>Runs the frame stage (cue, complement and quote rules) over a text and reports which rule made each statement.</summary>
internal static class FrameProbe
{
    private static readonly LexiconSet Lexicons = new([], []);

    public static FrameRules DefaultRules { get; } = FrameRules.CreateDefault();

    public static List<ProbedStatement> Find(string text, FrameRules? rules = null)
    {
        using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
        var quotes = QuoteScanner.Scan(document);
        var drafts = StatementFinder.Find(document, quotes, Lexicons, rules ?? DefaultRules);
        return drafts.Select(d => new ProbedStatement(
            d.Rule, d.ComplementRule, d.Kind, Slice(text, d.Content), d.Speaker is { } s ? Slice(text, s) : null,
            d.Cue is { } c ? Slice(text, c) : null, d.Addressee is { } a ? Slice(text, a) : null, d.Confidence)).ToList();
    }

    /// <summary>The statements one rule made.</summary>
    public static List<ProbedStatement> By<TRule>(string text, FrameRules? rules = null) =>
        Find(text, rules).Where(s => s.Rule == typeof(TRule).Name || s.Complement == typeof(TRule).Name).ToList();

    /// <summary>
    /// Whether <typeparamref name="TRule"/> settles the first cue whose text is <paramref name="cue"/>, after the
    /// default rules matched the cues before it; for guards, whose refusal the later rules often repeat.
    /// </summary>
    public static bool Settles<TRule>(string text, string cue)
        where TRule : FrameRule, new()
    {
        using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
        var quotes = QuoteScanner.Scan(document);
        var reader = new TokenReader(document, Lexicons);
        using var layout = new QuoteLayout(document, quotes, document.SentenceOfToken);
        var context = new FrameContext(reader, layout, document.SentenceOfToken, DefaultRules);
        var matcher = new FrameMatcher(context);
        foreach (var hit in CueFinder.Find(reader, layout, document.SentenceOfToken))
        {
            if (text[document.Tokens[hit.First].Span.Start..document.Tokens[hit.Last].Span.End] == cue)
            {
                return new TRule().TryMatch(context, matcher.SiteOf(hit));
            }

            matcher.Match(hit);
        }

        throw new InvalidOperationException($"No cue \"{cue}\" in \"{text}\".");
    }

    /// <summary>Describes the statements for an assertion message.</summary>
    public static string Describe(IEnumerable<ProbedStatement> statements) => string.Join(" | ", statements);

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
