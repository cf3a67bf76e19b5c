namespace Attribution.Samples.Input;

/// <summary>One document read from the command line's inputs.</summary>
/// <param name="Id">File name without extension, or the <c>id</c> of a JSONL line.</param>
/// <param name="Source">The path as given (with <c>:line</c> for JSONL input), or <c>-</c> for standard input.</param>
/// <param name="Text">The decoded text, BOM removed, line endings untouched.</param>
/// <param name="Date">The publication date given on the JSONL line, if any.</param>
public sealed record InputDocument(string Id, string Source, string Text, DateOnly? Date);
