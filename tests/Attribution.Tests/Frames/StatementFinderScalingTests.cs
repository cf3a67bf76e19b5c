using System.Diagnostics;
using System.Text;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Tests.Frames;

/// <summary>The frame stage stays linear: text dense with quote marks and cues costs about what ordinary news costs.</summary>
public sealed class StatementFinderScalingTests
{
    private static TimeSpan TimeFind(string text)
    {
        var document = DocumentAnalyzer.Analyze(text, null);
        var quotes = QuoteScanner.Scan(document);
        var watch = Stopwatch.StartNew();
        var drafts = StatementFinder.Find(document, quotes, new LexiconSet([], []), FrameRules.CreateDefault());
        watch.Stop();
        drafts.Should().NotBeNull();
        return watch.Elapsed;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    [Fact]
    public void Quote_and_cue_dense_text_costs_about_what_news_costs()
    {
        const int length = 1_000_000;
        string news = Repeat("The minister said on Thursday that the new bridge would open in March, officials said. “We are proud of it,” she told reporters.\n\n", length);
        string marks = Repeat("“ said ” “said, told “ ” said said “ \" ' ‘ ’ « » said: ", length);
        string noSpaces = Repeat("“said”told“", length);
        TimeFind(news[..10_000]); // warm up
        var newsTime = TimeFind(news);
        var marksTime = TimeFind(marks);
        var noSpacesTime = TimeFind(noSpaces);
        var bound = newsTime * 6 + TimeSpan.FromSeconds(2);
        marksTime.Should().BeLessThan(bound, $"quote-dense text took {marksTime.TotalMilliseconds:F0} ms against {newsTime.TotalMilliseconds:F0} ms for news");
        noSpacesTime.Should().BeLessThan(bound, $"text without spaces took {noSpacesTime.TotalMilliseconds:F0} ms against {newsTime.TotalMilliseconds:F0} ms for news");
    }
}
