using System.Collections.Immutable;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;
using Attribution.Tests.TestSupport;
using static Attribution.Tests.Evaluation.GoldPredictions;

namespace Attribution.Tests.Evaluation;

public sealed class ScorerTests
{
    private const string Article =
        "The mayor said on Monday that the new bridge would open to traffic before the end of the year, weeks ahead of the schedule agreed with the contractors. " +
        "“We are not going to wait for another winter,” she told reporters. " +
        "Critics believe the budget is far too small.";

    private static readonly IReadOnlyList<GoldDocument> Gum = GoldReader.Read(TestData.PathOf("gum", "gum-attribution.jsonl"));

    [Fact]
    public void Gold_scored_against_itself_is_100_on_every_line()
    {
        var documents = Gum.Select(d => new ScoringDocument(
            d, d.Statements.Select((s, i) => Perfect(d.Text, s, i)).ToList(), [])).ToList();

        var report = Scorer.Score("gum", documents, speechOnly: false);

        report.All.Exact.Gold.Should().Be(393);
        foreach (var scores in new[] { report.All, report.Direct, report.Mixed, report.Indirect })
        {
            scores.Exact.F1.Should().Be(1.0);
            scores.Strict.F1.Should().Be(1.0);
            scores.Lenient.F1.Should().Be(1.0);
            scores.Full.F1.Should().Be(1.0);
            scores.Attributed.F1.Should().Be(1.0);
            scores.SpeakerSpan.F1.Should().Be(1.0);
            scores.Speaker.Value.Should().Be(1.0);
            scores.ResolvedSpeaker.Value.Should().Be(1.0);
            scores.Cue.Value.Should().Be(1.0);
        }

        report.All.Addressee.Should().Be(new Accuracy(19, 19));
        report.Errors.Should().BeEmpty();
        report.Headline().Values.Should().AllSatisfy(v => v.Should().Be(100.0));
    }

    [Fact]
    public void Empty_prediction_scores_zero_and_lists_every_gold_statement_as_a_miss()
    {
        var documents = Gum.Select(d => new ScoringDocument(d, [], [])).ToList();

        var report = Scorer.Score("gum", documents, speechOnly: true);

        report.All.Lenient.Should().Be(new PrecisionRecall(259, 0, 0));
        report.All.Lenient.F1.Should().Be(0);
        report.All.Exact.Recall.Should().Be(0);
        report.All.Full.F1.Should().Be(0);
        report.All.Speaker.Should().Be(new Accuracy(0, 0));
        report.Errors.Should().HaveCount(259).And.OnlyContain(e => e.Error == ErrorKind.Miss);
        report.Headline().Values.Should().AllSatisfy(v => v.Should().Be(0.0));
    }

    [Theory]
    [InlineData(0.0, true, true, true)]
    [InlineData(0.1, false, true, true)]
    [InlineData(0.5, false, false, true)]
    [InlineData(0.85, false, false, false)]
    public void A_shifted_boundary_falls_from_exact_to_strict_to_lenient(double shiftShare, bool exact, bool strict, bool lenient)
    {
        var gold = Document(Indirect(Find(Article, "the new bridge would open to traffic before the end of the year")));
        var content = gold.Statements[0].Content;
        int shift = (int)Math.Round(shiftShare * content.Length);
        var shifted = new TextSpan(content.Start + shift, content.End + shift);

        var report = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, shifted)]);

        report.All.Exact.Correct.Should().Be(exact ? 1 : 0, "exact at shift {0}", shift);
        report.All.Strict.Correct.Should().Be(strict ? 1 : 0, "strict at shift {0}", shift);
        report.All.Lenient.Correct.Should().Be(lenient ? 1 : 0, "lenient at shift {0}", shift);
        report.All.Lenient.Predicted.Should().Be(1);
    }

    [Fact]
    public void Quote_marks_and_edge_punctuation_do_not_count_against_an_exact_match()
    {
        var quote = Find(Article, "“We are not going to wait for another winter,”");
        var gold = Document(new GoldStatement(StatementKind.Direct, quote, [], Find(Article, "told"), Find(Article, "she"), "Jane Smith", null, null, null, null, true, true));
        var bare = Find(Article, "We are not going to wait for another winter");

        var report = ScoreOne(gold, [Statement(Article, StatementKind.Direct, bare, Find(Article, "told"), Find(Article, "she"), "Jane Smith")]);

        report.All.Exact.Correct.Should().Be(1);
        report.Direct.Full.Correct.Should().Be(1);
    }

    [Fact]
    public void Speaker_and_cue_are_judged_on_matched_pairs_and_gate_the_full_score()
    {
        var gold = MayorSaid("Jane Smith");
        var wrongSpeaker = Statement(
            Article, StatementKind.Indirect, gold.Statements[0].Content, Find(Article, "said"), Find(Article, "reporters"), "reporters");

        var report = ScoreOne(gold, [wrongSpeaker]);

        report.All.Strict.Correct.Should().Be(1);
        report.All.Speaker.Should().Be(new Accuracy(0, 1));
        report.All.ResolvedSpeaker.Should().Be(new Accuracy(0, 1));
        report.All.Cue.Should().Be(new Accuracy(1, 1));
        report.All.Full.Should().Be(new PrecisionRecall(1, 1, 0));
        report.Errors.Should().ContainSingle(e => e.Error == ErrorKind.WrongSpeaker)
            .Which.Context.Should().StartWith("The mayor said on Monday");
    }

    [Fact]
    public void A_short_name_resolves_to_the_same_speaker_as_the_full_name()
    {
        var gold = MayorSaid("Mayor Jane Smith");

        var report = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, gold.Statements[0].Content, Find(Article, "said"), Find(Article, "mayor"), "Smith")]);

        report.All.Speaker.Should().Be(new Accuracy(1, 1));
        report.All.ResolvedSpeaker.Should().Be(new Accuracy(1, 1));
    }

    [Fact]
    public void A_speaker_that_overlaps_the_gold_one_is_attributed_but_only_the_same_span_is_exact()
    {
        var gold = MayorSaid("Jane Smith");
        var content = gold.Statements[0].Content;

        var shorter = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, content, Find(Article, "said"), Find(Article, "mayor"), "Jane Smith")]);
        var same = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, content, Find(Article, "said"), Find(Article, "The mayor"), "Jane Smith")]);
        var wrong = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, content, Find(Article, "said"), Find(Article, "reporters"), "reporters")]);

        shorter.All.Attributed.Should().Be(new PrecisionRecall(1, 1, 1));
        shorter.All.SpeakerSpan.Should().Be(new PrecisionRecall(1, 1, 0));
        same.All.SpeakerSpan.Should().Be(new PrecisionRecall(1, 1, 1));
        wrong.All.Attributed.Should().Be(new PrecisionRecall(1, 1, 0));
        wrong.All.SpeakerSpan.Should().Be(new PrecisionRecall(1, 1, 0));
    }

    [Fact]
    public void Speech_only_leaves_out_gold_beliefs_without_counting_their_predictions_as_false_positives()
    {
        var belief = Find(Article, "the budget is far too small");
        var gold = Document(
            Indirect(Find(Article, "the new bridge would open to traffic before the end of the year")),
            Indirect(belief) with { IsSpeech = false });
        var predictions = new[]
        {
            Statement(Article, StatementKind.Indirect, gold.Statements[0].Content),
            Statement(Article, StatementKind.Indirect, belief),
            Statement(Article, StatementKind.Direct, Find(Article, "“We are not going to wait for another winter,”")),
        };

        var speech = ScoreOne(gold, predictions, speechOnly: true);
        var everything = ScoreOne(gold, predictions, speechOnly: false);

        speech.All.Lenient.Should().Be(new PrecisionRecall(1, 2, 1), "the belief prediction is neutral, the quote is a false positive");
        everything.All.Lenient.Should().Be(new PrecisionRecall(2, 3, 2));
    }

    [Fact]
    public void One_prediction_matches_one_gold_statement_only()
    {
        var content = Find(Article, "the new bridge would open to traffic before the end of the year");
        var gold = Document(Indirect(content), Indirect(content));

        var report = ScoreOne(gold, [Statement(Article, StatementKind.Indirect, content)]);

        report.All.Exact.Should().Be(new PrecisionRecall(2, 1, 1));
    }

    [Fact]
    public void An_overlap_too_small_to_count_does_not_take_a_prediction_from_the_gold_it_matches()
    {
        const string text = "Officials said the plan was sound, and critics said the plan was sound in theory but would fail badly " +
            "in practice because nobody had been trained to run it, nobody had paid for it and nobody wanted it at all.";
        var shortContent = Find(text, "the plan was sound");
        var longContent = Find(text, "the plan was sound in theory but would fail badly in practice because nobody had been trained to run it, nobody had paid for it and nobody wanted it at all");
        var gold = Document(text, Indirect(shortContent), Indirect(longContent));
        // From "as sound" (8 of 18 characters of the short content) to 46 characters into the long one (under 0.3 of it).
        var straddling = new TextSpan(shortContent.End - 8, longContent.Start + 46);
        var characters = ContentCharacters.Of(text, [straddling]);
        var withShort = new ContentMatch(0, 0, characters.IntersectionCount(ContentCharacters.Of(text, [shortContent])), 18, characters.Count, false);
        var withLong = new ContentMatch(1, 0, characters.IntersectionCount(ContentCharacters.Of(text, [longContent])), longContent.Length, characters.Count, false);
        withLong.Dice.Should().BeGreaterThan(withShort.Dice);
        withShort.IsLenient.Should().BeTrue();
        withLong.IsLenient.Should().BeFalse();

        var report = ScoreOne(gold, [Statement(text, StatementKind.Indirect, straddling)]);

        report.All.Lenient.Should().Be(new PrecisionRecall(2, 1, 1));
        report.Errors.Should().ContainSingle(e => e.Error == ErrorKind.Miss).Which.Content.Should().Be(longContent);
    }

    [Fact]
    public void Kind_lines_add_up_to_the_overall_line()
    {
        var gold = Document(
            Indirect(Find(Article, "the new bridge would open to traffic before the end of the year")),
            new GoldStatement(StatementKind.Direct, Find(Article, "“We are not going to wait for another winter,”"), [], null, null, null, null, null, null, null, true, true));
        var predictions = new[]
        {
            // Right content, but called mixed: counts under the gold kind (indirect) where it is right.
            Statement(Article, StatementKind.Mixed, gold.Statements[0].Content),
            Statement(Article, StatementKind.Indirect, Find(Article, "the budget is far too small")),
        };

        var report = ScoreOne(gold, predictions);

        report.Indirect.Lenient.Should().Be(new PrecisionRecall(1, 2, 1));
        report.Direct.Lenient.Should().Be(new PrecisionRecall(1, 0, 0));
        report.Mixed.Lenient.Should().Be(new PrecisionRecall(0, 0, 0));
        (report.Direct.Lenient.Predicted + report.Mixed.Lenient.Predicted + report.Indirect.Lenient.Predicted)
            .Should().Be(report.All.Lenient.Predicted);
    }

    [Fact]
    public void Fragments_are_scored_as_the_union_of_their_characters()
    {
        const string text = "“The talks are over,” the minister said, “and we will not return to them.”";
        var first = Find(text, "“The talks are over,”");
        var second = Find(text, "“and we will not return to them.”");
        var gold = Document(text, new GoldStatement(
            StatementKind.Direct, first.Union(second), [first, second], Find(text, "said"), Find(text, "the minister"), null, null, null, null, null, true, true));
        var whole = Statement(text, StatementKind.Direct, first.Union(second));

        var report = ScoreOne(gold, [whole]);

        report.All.Exact.Correct.Should().Be(0, "the frame 'the minister said' is not content");
        report.All.Lenient.Correct.Should().Be(1);
    }

    /// <summary>Gold for the article's first sentence: the mayor's indirect statement, her name as <paramref name="resolved"/>.</summary>
    private static GoldDocument MayorSaid(string resolved) => Document(new GoldStatement(
        StatementKind.Indirect,
        Find(Article, "the new bridge would open to traffic before the end of the year"),
        [],
        Find(Article, "said"),
        Find(Article, "The mayor"),
        resolved,
        null, null, null, null, true, true));

    private static GoldStatement Indirect(TextSpan content) =>
        new(StatementKind.Indirect, content, [], null, null, null, null, null, null, null, true, true);

    private static GoldDocument Document(params GoldStatement[] statements) => Document(Article, statements);

    private static GoldDocument Document(string text, params GoldStatement[] statements) =>
        new("doc", text, null, statements.ToImmutableArray());
}
