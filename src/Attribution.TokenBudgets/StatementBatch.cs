using System.Collections.Immutable;

namespace Attribution.TokenBudgets;

/// <summary>Statements packed together under a token budget, for one LLM prompt.</summary>
/// <param name="Items">The statements with their context, in document order.</param>
/// <param name="TokenCount">The tokens the batch uses: its items' token counts plus the per-item overhead asked for.</param>
public sealed record StatementBatch(ImmutableArray<StatementContext> Items, int TokenCount);
