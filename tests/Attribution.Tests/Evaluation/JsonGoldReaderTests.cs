using Attribution.Evaluation.Gold;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Evaluation;

public sealed class JsonGoldReaderTests
{
    [Fact]
    public void Reads_the_gum_corpus_with_the_counts_its_readme_gives()
    {
        var documents = GoldReader.Read(TestData.PathOf("gum", "gum-attribution.jsonl"));

        documents.Should().HaveCount(43);
        var statements = documents.SelectMany(d => d.Statements).ToList();
        statements.Should().HaveCount(393);
        statements.Count(s => s.Kind == StatementKind.Direct).Should().Be(62);
        statements.Count(s => s.Kind == StatementKind.Mixed).Should().Be(63);
        statements.Count(s => s.Kind == StatementKind.Indirect).Should().Be(268);
        statements.Count(s => s.IsSpeech).Should().Be(259);
        statements.Count(s => s.Cue is not null).Should().Be(384);
        statements.Count(s => s.Addressee is not null).Should().Be(19);
        documents.Should().OnlyContain(d => d.Date != null);
        documents[0].Id.Should().Be("GUM_interview_ants");
        documents[0].Date.Should().Be(new DateOnly(2015, 9, 1));
    }

    [Fact]
    public void Reads_the_seed_fixture_with_its_reference_date_times_and_required_flags()
    {
        var seed = GoldReader.Read(TestData.PathOf("seed", "guterres-netanyahu.expected.json")).Should().ContainSingle().Subject;

        seed.Id.Should().Be("guterres-netanyahu");
        seed.Date.Should().Be(new DateOnly(2024, 9, 27));
        seed.Statements.Should().HaveCount(15);
        seed.Statements.Count(s => s.IsRequired).Should().Be(13);
        var interview = seed.Statements[1];
        interview.Time!.Value.Slice(seed.Text).Should().Be("Thursday");
        interview.TimeValue.Should().Be("2024-09-26");
        interview.AddresseeResolved.Should().Be("Reuters");
        seed.Statements[2].Speaker.Should().BeNull();
        seed.Statements[2].SpeakerResolved.Should().Be("António Guterres");
    }

    [Fact]
    public void A_statement_without_a_type_gets_the_kind_its_quote_marks_show()
    {
        const string line = """{"id":"d","text":"“It is over,” she said. She said she was “done” with it. He didn’t say it was over.","statements":[{"content":{"start":0,"end":13}},{"content":{"start":33,"end":55}},{"content":{"start":57,"end":82}}]}""";

        var document = JsonGoldReader.ParseDocument(line, "inline", "d");

        document.Statements.Select(s => s.Kind).Should().Equal(StatementKind.Direct, StatementKind.Mixed, StatementKind.Indirect);
        document.Statements.Should().OnlyContain(s => s.IsSpeech && s.IsRequired);
    }

    [Theory]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    [InlineData("""{"id":"d"}""", "missing string property \"text\"")]
    [InlineData("""{"text":"abc","statements":[{"cue":null}]}""", "statement 0: missing \"content\"")]
    [InlineData("""{"text":"abc","statements":[{"content":{"start":1,"end":9}}]}""", "*lies outside the text*")]
    [InlineData("""{"text":"abc","date":"27/09/2024"}""", "*date is not YYYY-MM-DD*")]
    [InlineData("""{"text":"abc","statements":[{"content":{"start":0,"end":3},"type":"quote"}]}""", "*unknown type 'quote'*")]
    [InlineData("""{"text":"abc" """, "*not valid JSON*")]
    public void Malformed_gold_is_reported_with_where_and_why(string json, string message)
    {
        var read = () => JsonGoldReader.ParseDocument(json, "gold.jsonl:3", "d");

        read.Should().Throw<GoldFormatException>().WithMessage(message.StartsWith('*') ? message : "gold.jsonl:3: *" + message);
    }
}
