using System.Collections.Immutable;

namespace Attribution.Evaluation.Gold;

/// <summary>One annotated document: its text, its publication date when known, and its gold statements.</summary>
/// <param name="Id">The document's name (the JSONL <c>id</c>, or the brat file name without extension).</param>
/// <param name="Text">The text that every gold span indexes (UTF-16 offsets).</param>
/// <param name="Date">The publication date, used to resolve times; null when the gold does not give one.</param>
/// <param name="Statements">The gold statements, in the order the gold lists them.</param>
public sealed record GoldDocument(string Id, string Text, DateOnly? Date, ImmutableArray<GoldStatement> Statements);
