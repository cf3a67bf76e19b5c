using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.ML.Tokenizers;

namespace Attribution.TokenBudgets;

/// <summary>
/// Measures statements in the tokens of an LLM's tokenizer, cuts their surrounding context to a token
/// budget, and packs them into batches under a budget.
/// </summary>
/// <remarks>
/// <para>
/// The tokenizer is the caller's (for example tiktoken o200k:
/// <c>TiktokenTokenizer.CreateForModel("gpt-4o")</c> with the Microsoft.ML.Tokenizers.Data.O200kBase
/// package). Cuts fall on Attribution's own word boundaries, never inside a word, and every span still
/// indexes the original document text.
/// </para>
/// <para>
/// Thread-safe when the tokenizer is (the Microsoft.ML.Tokenizers tokenizers are). The words and sentences of
/// a result are computed once and kept for as long as the result is alive.
/// </para>
/// </remarks>
public sealed class TokenBudgeter
{
    /// <summary>More UTF-16 code units than one subword token of running text spans, bounding the text tokenized for a partial fill.</summary>
    private const int CharactersPerTokenBound = 32;

    private readonly AttributionExtractor _extractor;
    private readonly ConditionalWeakTable<AttributionResult, DocumentLayout> _layouts = new();

    /// <summary>Creates a budgeter.</summary>
    /// <param name="tokenizer">The LLM tokenizer that counts tokens.</param>
    /// <param name="extractor">The extractor whose words and sentences bound the cuts (<see cref="AttributionExtractor.Tokenize"/>, <see cref="AttributionExtractor.Segment"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TokenBudgeter(Tokenizer tokenizer, AttributionExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(extractor);
        Tokenizer = tokenizer;
        _extractor = extractor;
    }

    /// <summary>The tokenizer that counts tokens.</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>
    /// The statement's own span: the smallest span covering its content, fragments and cue, and its speaker,
    /// addressee and time when they lie in the sentences of the content and cue (a speaker carried over from
    /// an earlier paragraph is left out). It starts and ends on word boundaries.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The statement's spans lie outside <paramref name="result"/>'s text.</exception>
    public TextSpan GetStatementSpan(AttributionResult result, Statement statement)
    {
        var layout = LayoutOf(result, statement);
        return StatementSpan(layout, statement);
    }

    /// <summary>The number of tokens of the statement's own span (<see cref="GetStatementSpan"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The statement's spans lie outside <paramref name="result"/>'s text.</exception>
    public int CountTokens(AttributionResult result, Statement statement)
    {
        var layout = LayoutOf(result, statement);
        return Count(layout, StatementSpan(layout, statement));
    }

    /// <summary>
    /// The statement with as much surrounding context as fits <paramref name="maxTokens"/>: whole sentences
    /// first, alternately before and after it, then the nearest words of the next sentence out, before it
    /// first. When the statement alone exceeds the budget its beginning is kept, cut after a word.
    /// </summary>
    /// <param name="result">The result the statement belongs to.</param>
    /// <param name="statement">The statement.</param>
    /// <param name="maxTokens">The budget, in tokens of <see cref="Tokenizer"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTokens"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The statement's spans lie outside <paramref name="result"/>'s text.</exception>
    public StatementContext CutContext(AttributionResult result, Statement statement, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokens);
        var layout = LayoutOf(result, statement);
        return Cut(layout, statement, maxTokens);
    }

    /// <summary>
    /// Packs the statements of <paramref name="result"/>, in document order, into as few consecutive batches
    /// as greedy filling gives, each using at most <paramref name="maxTokensPerBatch"/> tokens. Each statement
    /// comes with its context cut to <paramref name="maxTokensPerStatement"/> (<see cref="CutContext"/>).
    /// </summary>
    /// <param name="result">The result whose statements to pack.</param>
    /// <param name="maxTokensPerBatch">The budget of one batch.</param>
    /// <param name="maxTokensPerStatement">The budget of one statement with its context; at most the batch budget less the overhead.</param>
    /// <param name="tokensPerItemOverhead">Tokens your prompt adds around each item (numbering, separators), counted against the batch budget.</param>
    /// <returns>The batches; empty when the result has no statements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A budget is not positive, the overhead is negative, or one statement's budget plus overhead exceeds the batch budget.</exception>
    public ImmutableArray<StatementBatch> Pack(AttributionResult result, int maxTokensPerBatch, int maxTokensPerStatement, int tokensPerItemOverhead = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokensPerBatch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokensPerStatement);
        ArgumentOutOfRangeException.ThrowIfNegative(tokensPerItemOverhead);
        if ((long)maxTokensPerStatement + tokensPerItemOverhead > maxTokensPerBatch)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxTokensPerStatement),
                $"A statement's budget ({maxTokensPerStatement}) plus the per-item overhead ({tokensPerItemOverhead}) must fit the batch budget ({maxTokensPerBatch}).");
        }

        var batches = ImmutableArray.CreateBuilder<StatementBatch>();
        var items = ImmutableArray.CreateBuilder<StatementContext>();
        int used = 0;
        foreach (var statement in result.Statements)
        {
            var layout = LayoutOf(result, statement);
            var item = Cut(layout, statement, maxTokensPerStatement);
            int cost = item.TokenCount + tokensPerItemOverhead;
            if (items.Count > 0 && used + cost > maxTokensPerBatch)
            {
                batches.Add(new StatementBatch(items.ToImmutable(), used));
                items.Clear();
                used = 0;
            }

            items.Add(item);
            used += cost;
        }

        if (items.Count > 0)
        {
            batches.Add(new StatementBatch(items.ToImmutable(), used));
        }

        return batches.ToImmutable();
    }

    private DocumentLayout LayoutOf(AttributionResult result, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(statement);
        if (AnchorOf(statement).End > result.Text.Length
            || (statement.Speaker is { } speaker && speaker.Span.End > result.Text.Length)
            || (statement.Addressee is { } addressee && addressee.Span.End > result.Text.Length)
            || (statement.Time is { } time && time.Span.End > result.Text.Length))
        {
            throw new ArgumentException("The statement's spans lie outside the result's text: it belongs to another result.", nameof(statement));
        }

        return _layouts.GetValue(result, r => new DocumentLayout(
            r.Text,
            _extractor.Tokenize(r.Text),
            _extractor.Segment(r.Text).Sentences));
    }

    private static TextSpan AnchorOf(Statement statement)
    {
        var anchor = statement.Content.Span;
        foreach (var fragment in statement.Fragments.IsDefault ? [] : statement.Fragments)
        {
            anchor = anchor.Union(fragment.Span);
        }

        if (statement.Cue is { } cue)
        {
            anchor = anchor.Union(cue.Span);
        }

        return anchor;
    }

    private static TextSpan StatementSpan(DocumentLayout layout, Statement statement)
    {
        var anchor = AnchorOf(statement);
        int first = layout.FirstSentenceEndingAfter(anchor.Start);
        int last = layout.LastSentenceStartingBefore(anchor.End);
        if (first <= last)
        {
            var sentences = new TextSpan(layout.Sentences[first].Start, layout.Sentences[last].End);
            anchor = IncludeIfInside(anchor, statement.Speaker?.Span, sentences);
            anchor = IncludeIfInside(anchor, statement.Addressee?.Span, sentences);
            anchor = IncludeIfInside(anchor, statement.Time?.Span, sentences);
        }

        return new TextSpan(layout.TokenStartAtOrBefore(anchor.Start), layout.TokenEndAtOrAfter(anchor.End));
    }

    private static TextSpan IncludeIfInside(TextSpan anchor, TextSpan? mention, TextSpan sentences) =>
        mention is { } span && sentences.Contains(span) ? anchor.Union(span) : anchor;

    private int Count(DocumentLayout layout, TextSpan span) =>
        span.IsEmpty ? 0 : Tokenizer.CountTokens(layout.Text.AsSpan(span.Start, span.Length));

    private StatementContext Cut(DocumentLayout layout, Statement statement, int maxTokens)
    {
        var core = StatementSpan(layout, statement);
        int coreCount = Count(layout, core);
        if (coreCount > maxTokens)
        {
            return Truncate(layout, statement, core, maxTokens);
        }

        // Each accepted widening is pushed so that, should the estimate undercount (subword merges across
        // a seam), it can be taken back, a word at a time for word steps, until the exact count fits.
        var steps = new List<Step> { new(core, ByWords: false) };
        int estimate = coreCount;
        var span = core;
        int first = layout.FirstSentenceEndingAfter(core.Start);
        int last = layout.LastSentenceStartingBefore(core.End);
        if (first <= last)
        {
            var whole = new TextSpan(Math.Min(core.Start, layout.Sentences[first].Start), Math.Max(core.End, layout.Sentences[last].End));
            int wholeCount = whole == core ? coreCount : Count(layout, whole);
            if (wholeCount <= maxTokens)
            {
                span = whole;
                estimate = wholeCount;
                steps.Add(new(span, ByWords: false));
                GrowBySentences(layout, ref span, ref estimate, steps, first - 1, last + 1, maxTokens);
            }
        }

        GrowByWords(layout, span, estimate, steps, maxTokens);
        return FitExactly(layout, statement, steps, coreCount, maxTokens);
    }

    private StatementContext FitExactly(DocumentLayout layout, Statement statement, List<Step> steps, int coreCount, int maxTokens)
    {
        int index = steps.Count - 1;
        var span = steps[index].Span;
        while (index > 0)
        {
            int exact = Count(layout, span);
            if (exact <= maxTokens)
            {
                return new StatementContext(statement, span, span.Slice(layout.Text), exact, IsTruncated: false);
            }

            var previous = steps[index - 1].Span;
            if (steps[index].ByWords && span.End > previous.End)
            {
                span = new TextSpan(span.Start, layout.WordEndAtOrBefore(span.End - 1, previous.End));
            }
            else if (steps[index].ByWords && span.Start < previous.Start)
            {
                span = new TextSpan(layout.WordStartAtOrAfter(span.Start + 1, previous.Start), span.End);
            }
            else
            {
                span = previous;
            }

            if (span == previous)
            {
                index--;
            }
        }

        return new StatementContext(statement, span, span.Slice(layout.Text), coreCount, IsTruncated: false);
    }

    private void GrowBySentences(DocumentLayout layout, ref TextSpan span, ref int estimate, List<Step> steps, int before, int after, int maxTokens)
    {
        bool canGrowBefore = before >= 0, canGrowAfter = after < layout.Sentences.Length;
        bool beforeTurn = true;
        while (canGrowBefore || canGrowAfter)
        {
            bool growBefore = canGrowBefore && (beforeTurn || !canGrowAfter);
            beforeTurn = !beforeTurn;
            int index = growBefore ? before : after;
            // A sentence with the white space before it; growing backwards moves that white space to the
            // other seam, which the final exact count checks.
            int added = layout.SentenceTokenCount(index, Tokenizer);
            if (estimate + added > maxTokens)
            {
                if (growBefore)
                {
                    canGrowBefore = false;
                }
                else
                {
                    canGrowAfter = false;
                }

                continue;
            }

            estimate += added;
            if (growBefore)
            {
                span = new TextSpan(layout.Sentences[index].Start, span.End);
                canGrowBefore = --before >= 0;
            }
            else
            {
                span = new TextSpan(span.Start, layout.Sentences[index].End);
                canGrowAfter = ++after < layout.Sentences.Length;
            }

            steps.Add(new(span, ByWords: false));
        }
    }

    /// <summary>
    /// Spends what the budget has left on the nearest words outside the cut, before it first. Only a window
    /// of the neighbouring sentence is tokenized, so the work stays proportional to the budget.
    /// </summary>
    private void GrowByWords(DocumentLayout layout, TextSpan span, int estimate, List<Step> steps, int maxTokens)
    {
        int remaining = maxTokens - estimate;
        int window = (remaining * CharactersPerTokenBound) + CharactersPerTokenBound;
        int sentenceBefore = layout.LastSentenceStartingBefore(span.Start);
        if (remaining > 0 && sentenceBefore >= 0)
        {
            int windowStart = Math.Max(layout.Sentences[sentenceBefore].Start, span.Start - window);
            int index = Tokenizer.GetIndexByTokenCountFromEnd(
                layout.Text.AsSpan(windowStart, span.Start - windowStart), remaining, out string? normalized, out int tokenCount, considerNormalization: false);
            if (normalized is null)
            {
                int start = layout.WordStartAtOrAfter(windowStart + index, span.Start);
                if (start < span.Start)
                {
                    span = new TextSpan(start, span.End);
                    steps.Add(new(span, ByWords: true));
                    remaining -= tokenCount;
                }
            }
        }

        int sentenceAfter = layout.FirstSentenceEndingAfter(span.End);
        if (remaining > 0 && sentenceAfter < layout.Sentences.Length)
        {
            int windowEnd = Math.Min(layout.Sentences[sentenceAfter].End, span.End + window);
            int index = Tokenizer.GetIndexByTokenCount(
                layout.Text.AsSpan(span.End, windowEnd - span.End), remaining, out string? normalized, out _, considerNormalization: false);
            if (normalized is null)
            {
                int end = layout.WordEndAtOrBefore(span.End + index, span.End);
                if (end > span.End)
                {
                    steps.Add(new(new TextSpan(span.Start, end), ByWords: true));
                }
            }
        }
    }

    private StatementContext Truncate(DocumentLayout layout, Statement statement, TextSpan core, int maxTokens)
    {
        int index = Tokenizer.GetIndexByTokenCount(
            layout.Text.AsSpan(core.Start, core.Length), maxTokens, out string? normalized, out _, considerNormalization: false);
        int end = normalized is null ? layout.WordEndAtOrBefore(core.Start + index, core.Start) : core.Start;
        while (end > core.Start)
        {
            var cut = new TextSpan(core.Start, end);
            int count = Count(layout, cut);
            if (count <= maxTokens)
            {
                return new StatementContext(statement, cut, cut.Slice(layout.Text), count, IsTruncated: true);
            }

            end = layout.WordEndAtOrBefore(end - 1, core.Start);
        }

        return new StatementContext(statement, new TextSpan(core.Start, core.Start), string.Empty, 0, IsTruncated: true);
    }

    /// <summary>One widening of a cut; word steps can be taken back a word at a time.</summary>
    private readonly record struct Step(TextSpan Span, bool ByWords);
}
