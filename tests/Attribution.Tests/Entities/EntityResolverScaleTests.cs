using System.Diagnostics;
using System.Text;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

public class EntityResolverScaleTests
{
    [Fact]
    public void Resolving_grows_linearly_with_the_document()
    {
        // The fastest of a few runs, so that a busy machine does not pass for a quadratic stage.
        var small = Enumerable.Range(0, 3).Select(_ => Measure(2_000)).Min();
        var large = Enumerable.Range(0, 2).Select(_ => Measure(20_000)).Min();

        // Ten times the text may take ten times as long, with slack for noise, never a hundred times.
        large.Should().BeLessThan(TimeSpan.FromMilliseconds(Math.Max(small.TotalMilliseconds, 5) * 40));
    }

    [Fact]
    public void Odd_text_around_the_mentions_does_not_throw()
    {
        var texts = new[]
        {
            "“““““ he said ”””” She said. \uD800 It said “", "A B C D E F G H said", "\"\"=\"\" he said.\n\n\"Bob.\"\n\n\"What.\"",
            new string('A', 5_000) + " said", string.Concat(Enumerable.Repeat("Mr. ", 2_000)) + "Smith said",
        };
        foreach (var text in texts)
        {
            var scenario = new StatementScenario(text, new DateOnly(2024, 1, 1));
            int said = text.IndexOf("said", StringComparison.Ordinal);
            var draft = scenario.Add(text[..Math.Max(1, Math.Min(said, 3))], kind: StatementKind.Direct);
            draft.Speaker = new TextSpan(0, Math.Max(1, said - 1));
            draft.Cue = new TextSpan(said, said + 4);
            draft.Addressee = new TextSpan(text.Length - 1, text.Length);
            draft.FrameSentence = 0;
            var act = () => scenario.ResolveEntities();
            act.Should().NotThrow();
        }
    }

    private static TimeSpan Measure(int paragraphs)
    {
        var text = new StringBuilder();
        var speakers = new List<(int Start, int End, int QuoteStart, int QuoteEnd)>();
        for (int i = 0; i < paragraphs; i++)
        {
            string name = $"Minister Alan Smith{i % 50}";
            int quoteStart = text.Length;
            text.Append("“We will vote on Monday, and Brown agrees,” ");
            int quoteEnd = text.Length - 1;
            int start = text.Length;
            text.Append(i % 3 == 0 ? name : "he");
            speakers.Add((start, text.Length, quoteStart, quoteEnd));
            text.Append(" said on Thursday. The ministry, the broadcaster and Reuters said officials agreed.\n");
        }

        var scenario = new StatementScenario(text.ToString(), new DateOnly(2024, 9, 27));
        var sentences = scenario.Document.Sentences;
        int sentence = 0;
        foreach (var (start, end, quoteStart, quoteEnd) in speakers)
        {
            while (sentences[sentence].Span.End <= start)
            {
                sentence++;
            }

            var draft = scenario.Add("“We will vote", kind: StatementKind.Direct);
            draft.Content = new TextSpan(quoteStart, quoteEnd);
            draft.Speaker = new TextSpan(start, end);
            draft.Cue = new TextSpan(end + 1, end + 5);
            draft.FrameSentence = sentence;
        }

        var watch = Stopwatch.StartNew();
        var resolution = scenario.ResolveEntities();
        watch.Stop();
        resolution.Entities.Should().NotBeEmpty();
        return watch.Elapsed;
    }
}
