using System.Collections.Immutable;

namespace Attribution.Tests.TestSupport;

/// <summary>
/// A result for the seed article built by hand from its annotated statements, so serialization and
/// token-budget tests do not depend on what the pipeline finds today.
/// </summary>
internal static class SeedArticleResult
{
    public static string Text { get; } = TestData.ReadText("seed", "guterres-netanyahu.txt");

    public static AttributionResult Build()
    {
        string text = Text;
        var guterresFull = Span(text, "United Nations Secretary-General António Guterres");
        var guterresTold = Span(text, "Guterres told Reuters");
        guterresTold = TextSpan.FromLength(guterresTold.Start, "Guterres".Length);
        var reuters = Span(text, "Reuters in an interview");
        reuters = TextSpan.FromLength(reuters.Start, "Reuters".Length);
        var unacceptableHe = TextSpan.FromLength(Span(text, "he said.\nOn Aug.").Start, 2);
        var danon = Span(text, "Danny Danon");
        var danonHe = Span(text, "he said. “The activity");
        danonHe = TextSpan.FromLength(danonHe.Start, 2);

        var guterres = new Entity(
            0, "António Guterres", EntityKind.Person, Gender.Male,
            ["Guterres"], ["United Nations Secretary-General"],
            [guterresFull, guterresTold, unacceptableHe]);
        var reutersEntity = new Entity(1, "Reuters", EntityKind.Organization, Gender.Unknown, [], [], [reuters]);
        var danonEntity = new Entity(2, "Danny Danon", EntityKind.Person, Gender.Male, ["Danon"], ["Israel’s U.N. Ambassador"], [danon, danonHe]);

        var statements = ImmutableArray.Create(
            new Statement(
                StatementKind.Indirect,
                Excerpt(text, Span(text, "he has not spoken to Prime Minister Benjamin Netanyahu since the Oct. 7 massacre as the Israeli leader refuses to answer his calls")),
                [],
                Cue(text, Span(text, "said that he has").Start, "said", "say"),
                new SpeakerMention(guterresFull, guterresFull.Slice(text), MentionKind.Name, guterres),
                null,
                null,
                IsSpeech: true,
                Confidence: 0.9),
            new Statement(
                StatementKind.Direct,
                Excerpt(text, Span(text, "“I have not talked to him because he didn’t pick up my phone calls, but I have no reason not to speak with him,”")),
                [],
                Cue(text, Span(text, "told Reuters").Start, "told", "tell"),
                new SpeakerMention(guterresTold, "Guterres", MentionKind.Name, guterres),
                new AddresseeMention(reuters, "Reuters", reutersEntity),
                new TimeReference(TextSpan.FromLength(Span(text, "Thursday. “So").Start, "Thursday".Length), "Thursday", "2024-09-26"),
                IsSpeech: true,
                Confidence: 0.95),
            new Statement(
                StatementKind.Direct,
                Excerpt(text, Span(text, "“So if he comes to New York and he asks to see me, I will be very glad to see him.”")),
                [],
                null,
                new SpeakerMention(guterresTold, "Guterres", MentionKind.Name, guterres),
                null,
                null,
                IsSpeech: true,
                Confidence: 0.8),
            new Statement(
                StatementKind.Direct,
                Excerpt(text, Span(text, "“What’s happening in Gaza is totally unacceptable,”")),
                [],
                Cue(text, unacceptableHe.End + 1, "said", "say"),
                new SpeakerMention(unacceptableHe, "he", MentionKind.Pronoun, guterres),
                null,
                null,
                IsSpeech: true,
                Confidence: 0.9),
            new Statement(
                StatementKind.Direct,
                Excerpt(text, Span(text, "“The State of Israel cannot sit idly by and wait for the spectacle of buses and cafés exploding in city centers,”")),
                [],
                Cue(text, danonHe.End + 1, "said", "say"),
                new SpeakerMention(danonHe, "he", MentionKind.Pronoun, danonEntity),
                null,
                null,
                IsSpeech: true,
                Confidence: 0.9));
        return new AttributionResult(text, statements, [guterres, reutersEntity, danonEntity]);
    }

    public static TextSpan Span(string text, string needle)
    {
        int start = text.IndexOf(needle, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"'{needle}' is not in the seed article.");
        }

        return TextSpan.FromLength(start, needle.Length);
    }

    private static TextExcerpt Excerpt(string text, TextSpan span) => new(span, span.Slice(text));

    private static Cue Cue(string text, int start, string word, string lemma)
    {
        var span = TextSpan.FromLength(start, word.Length);
        if (span.Slice(text) != word)
        {
            throw new InvalidOperationException($"No '{word}' at {start}.");
        }

        return new Cue(span, word, lemma);
    }
}
