using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;

namespace Attribution.Tests.Evaluation;

public sealed class BratGoldReaderTests : IDisposable
{
    // The second line starts with a character outside the BMP: brat counts it as one, UTF-16 as two.
    private const string Text =
        "“The talks are over,” the minister said on Tuesday, “and we will not return to them.”\n" +
        "📢 Union leaders said they would consider a strike.";

    private const string Annotations =
        "T1\tSource 22 34\tthe minister\n" +
        "T2\tCue 35 39\tsaid\n" +
        "T3\tContent 0 21;52 85\t“The talks are over,” “and we will not return to them.”\n" +
        "T4\tAttribution 22 39\tthe minister said\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 88 101\tUnion leaders\n" +
        "T6\tCue 102 106\tsaid\n" +
        "T7\tContent 107 135\tthey would consider a strike\n" +
        "T8\tAttribution 88 106\tUnion leaders said\n" +
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n" +
        "A1\tConfidence E2 High\n" +
        "#1\tAnnotatorNotes T1\tMinister of Labour\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attribution-brat-" + Guid.NewGuid().ToString("N"));

    public BratGoldReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "politics"));
        File.WriteAllText(Path.Combine(_folder, "politics", "talks.txt"), Text);
        File.WriteAllText(Path.Combine(_folder, "politics", "talks.ann"), Annotations);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_events_with_their_source_cue_and_discontinuous_content()
    {
        var document = GoldReader.Read(_folder).Should().ContainSingle().Subject;

        document.Id.Should().Be("politics/talks");
        document.Text.Should().Be(Text);
        document.Statements.Should().HaveCount(2);
        var quote = document.Statements[0];
        quote.Kind.Should().Be(StatementKind.Direct);
        quote.Fragments.Select(f => f.Slice(Text)).Should().Equal("“The talks are over,”", "“and we will not return to them.”");
        quote.Content.Should().Be(new TextSpan(0, 85));
        quote.Speaker!.Value.Slice(Text).Should().Be("the minister");
        quote.Cue!.Value.Slice(Text).Should().Be("said");
        quote.IsSpeech.Should().BeTrue();
    }

    [Fact]
    public void Converts_code_point_offsets_to_utf16_after_a_character_outside_the_bmp()
    {
        var statement = GoldReader.Read(_folder)[0].Statements[1];

        statement.Kind.Should().Be(StatementKind.Indirect);
        statement.Content.Slice(Text).Should().Be("they would consider a strike");
        statement.Speaker!.Value.Slice(Text).Should().Be("Union leaders");
        statement.Cue!.Value.Slice(Text).Should().Be("said");
    }

    [Fact]
    public void A_brat_document_scored_against_itself_is_perfect()
    {
        var document = GoldReader.Read(_folder)[0];
        var predicted = document.Statements.Select((s, i) => GoldPredictions.Perfect(document.Text, s, i)).ToList();

        var report = Scorer.Score(_folder, [new ScoringDocument(document, predicted, [])], speechOnly: false);

        report.All.Exact.Should().Be(new PrecisionRecall(2, 2, 2));
        report.All.Full.F1.Should().Be(1.0);
    }

    [Fact]
    public void Offsets_that_do_not_read_the_annotated_text_are_reported_with_file_and_line()
    {
        string bad = Annotations.Replace("T6\tCue 102 106\tsaid", "T6\tCue 101 105\tsaid", StringComparison.Ordinal);

        var read = () => BratGoldReader.Parse("talks", Text, bad, "talks.ann");

        read.Should().Throw<GoldFormatException>().WithMessage("talks.ann:7: offsets 101 105 read * but the annotation says \"said\"");
    }

    [Fact]
    public void A_folder_without_annotation_files_is_unreadable_gold()
    {
        string empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);

        var read = () => GoldReader.Read(empty);

        read.Should().Throw<GoldFormatException>().WithMessage("*no .ann files*");
    }
}
