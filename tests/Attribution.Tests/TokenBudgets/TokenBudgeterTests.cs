using Attribution.Tests.TestSupport;
using TokenKind = Attribution.Text.TokenKind;
using Attribution.TokenBudgets;
using Microsoft.ML.Tokenizers;

namespace Attribution.Tests.TokenBudgets;

public sealed class TokenBudgeterTests
{
    /// <summary>tiktoken o200k (GPT-4o), from the Microsoft.ML.Tokenizers.Data.O200kBase package; thread-safe, built once.</summary>
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private readonly AttributionResult _result = SeedArticleResult.Build();
    private readonly TokenBudgeter _budgeter = new(O200k, Extractor);

    [Fact]
    public void A_statement_is_counted_over_its_content_cue_speaker_addressee_and_time()
    {
        var told = _result.Statements[1];

        var span = _budgeter.GetStatementSpan(_result, told);
        int count = _budgeter.CountTokens(_result, told);

        span.Slice(_result.Text).Should().Be(
            "“I have not talked to him because he didn’t pick up my phone calls, but I have no reason not to speak with him,” Guterres told Reuters in an interview published on Thursday");
        count.Should().Be(O200k.CountTokens(span.Slice(_result.Text)));
        count.Should().BeInRange(30, 50);
    }

    [Fact]
    public void A_speaker_carried_over_from_an_earlier_sentence_stays_out_of_the_statement_span()
    {
        var carried = _result.Statements[2];

        var span = _budgeter.GetStatementSpan(_result, carried);

        span.Should().Be(carried.Content.Span);
        span.Slice(_result.Text).Should().StartWith("“So if he comes");
    }

    [Fact]
    public void A_generous_budget_keeps_the_whole_article()
    {
        var context = _budgeter.CutContext(_result, _result.Statements[3], 10_000);

        context.IsTruncated.Should().BeFalse();
        context.Text.Should().Be(_result.Text.Trim());
        context.TokenCount.Should().Be(O200k.CountTokens(_result.Text.Trim()));
    }

    [Fact]
    public void A_tight_budget_keeps_whole_sentences_around_the_statement_first()
    {
        var unacceptable = _result.Statements[3];
        int own = O200k.CountTokens("“What’s happening in Gaza is totally unacceptable,” he said.");

        var context = _budgeter.CutContext(_result, unacceptable, own + 2);

        context.Text.Should().Contain("“What’s happening in Gaza is totally unacceptable,” he said.");
        context.TokenCount.Should().BeInRange(own, own + 2);
        AssertOnWordBoundaries(context);
    }

    [Fact]
    public void Context_grows_before_the_statement_first_and_cuts_only_between_words()
    {
        var unacceptable = _result.Statements[3];
        int own = O200k.CountTokens("“What’s happening in Gaza is totally unacceptable,” he said.");

        var context = _budgeter.CutContext(_result, unacceptable, own + 6);

        context.Span.End.Should().Be(unacceptable.Cue!.Span.End + 1, "the rest of the budget went to the words before it");
        context.Text.Should().EndWith("of civilians.\n“What’s happening in Gaza is totally unacceptable,” he said.");
        context.TokenCount.Should().BeLessThanOrEqualTo(own + 6).And.BeGreaterThan(own);
        AssertOnWordBoundaries(context);
    }

    [Fact]
    public void Every_budget_gives_a_cut_within_budget_on_word_boundaries_containing_the_statement()
    {
        int whole = O200k.CountTokens(_result.Text.Trim());
        foreach (var statement in _result.Statements)
        {
            int own = _budgeter.CountTokens(_result, statement);
            var statementSpan = _budgeter.GetStatementSpan(_result, statement);
            for (int budget = 1; budget <= own + 120; budget += budget < own + 10 ? 1 : 7)
            {
                var context = _budgeter.CutContext(_result, statement, budget);

                context.TokenCount.Should().BeLessThanOrEqualTo(budget);
                context.TokenCount.Should().Be(O200k.CountTokens(context.Text));
                context.Text.Should().Be(context.Span.Slice(_result.Text));
                AssertOnWordBoundaries(context);
                if (budget >= own)
                {
                    context.IsTruncated.Should().BeFalse();
                    context.Span.Contains(statementSpan).Should().BeTrue();
                    context.TokenCount.Should().BeGreaterThanOrEqualTo(Math.Min(budget, whole) - 4, $"the cut fills the budget up to the last word that fits (budget {budget}: [{context.Text}])");
                }
                else
                {
                    context.IsTruncated.Should().BeTrue();
                    context.Span.Start.Should().Be(statementSpan.Start);
                }
            }
        }
    }

    [Fact]
    public void A_statement_longer_than_the_budget_keeps_its_beginning_up_to_a_word_end()
    {
        var indirect = _result.Statements[0];

        var context = _budgeter.CutContext(_result, indirect, 8);

        context.IsTruncated.Should().BeTrue();
        context.Text.Should().StartWith("United Nations Secretary-General António");
        context.TokenCount.Should().BeInRange(5, 8);
        AssertOnWordBoundaries(context);
    }

    [Fact]
    public void Statements_pack_in_order_into_greedy_batches_under_the_budget()
    {
        var batches = _budgeter.Pack(_result, maxTokensPerBatch: 120, maxTokensPerStatement: 50, tokensPerItemOverhead: 3);

        batches.SelectMany(b => b.Items).Select(i => i.Statement).Should().Equal(_result.Statements);
        foreach (var batch in batches)
        {
            batch.TokenCount.Should().BeLessThanOrEqualTo(120);
            batch.TokenCount.Should().Be(batch.Items.Sum(i => i.TokenCount + 3));
            batch.Items.Should().OnlyContain(i => i.TokenCount <= 50);
        }

        for (int i = 1; i < batches.Length; i++)
        {
            (batches[i - 1].TokenCount + batches[i].Items[0].TokenCount + 3).Should().BeGreaterThan(120, "greedy packing opens a batch only when the next item does not fit");
        }

        batches.Length.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Two_packings_of_the_same_result_are_equal_batches_that_print_their_items()
    {
        var first = _budgeter.Pack(_result, maxTokensPerBatch: 120, maxTokensPerStatement: 50, tokensPerItemOverhead: 3);
        var second = new TokenBudgeter(O200k, Extractor).Pack(_result, maxTokensPerBatch: 120, maxTokensPerStatement: 50, tokensPerItemOverhead: 3);

        second.Should().Equal(first);
        second[0].GetHashCode().Should().Be(first[0].GetHashCode());
        (first[0] with { Items = first[0].Items.RemoveAt(0) }).Should().NotBe(first[0]);
        first[0].ToString().Should().StartWith("StatementBatch { Items = [StatementContext { Statement = Statement { Kind = ")
            .And.EndWith($"], TokenCount = {first[0].TokenCount} }}").And.NotContain("ImmutableArray");
    }

    [Fact]
    public void A_result_without_statements_packs_into_no_batch()
    {
        var empty = Extractor.Extract("No one said anything today.");

        _budgeter.Pack(empty, 100, 50).Should().BeEmpty();
    }

    [Fact]
    public void Budgets_that_cannot_hold_a_statement_are_rejected()
    {
        var statement = _result.Statements[0];

        ((Action)(() => _budgeter.CutContext(_result, statement, 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _budgeter.Pack(_result, 100, 99, tokensPerItemOverhead: 2))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*must fit the batch budget*");
        ((Action)(() => _budgeter.CountTokens(null!, statement))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_statement_of_another_document_is_rejected()
    {
        var shortResult = Extractor.Extract("He said so.");

        var act = () => _budgeter.CutContext(shortResult, _result.Statements[4], 100);

        act.Should().Throw<ArgumentException>().WithMessage("*another result*");
    }

    [Fact]
    public void The_budgeter_is_safe_to_share_across_threads()
    {
        var expected = _result.Statements.Select(s => _budgeter.CutContext(_result, s, 60)).ToArray();
        var fresh = new TokenBudgeter(O200k, Extractor);

        var parallel = new StatementContext[_result.Statements.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = fresh.CutContext(_result, _result.Statements[i % _result.Statements.Length], 60));

        for (int i = 0; i < parallel.Length; i++)
        {
            parallel[i].Should().Be(expected[i % expected.Length]);
        }
    }

    private void AssertOnWordBoundaries(StatementContext context)
    {
        if (context.Span.IsEmpty)
        {
            return;
        }

        var tokens = Extractor.Tokenize(_result.Text);
        tokens.Should().Contain(t => t.Span.Start == context.Span.Start && t.Kind != TokenKind.Whitespace, "a cut starts where one of our tokens starts");
        tokens.Should().Contain(t => t.Span.End == context.Span.End && t.Kind != TokenKind.Whitespace, "a cut ends where one of our tokens ends");
    }
}
