namespace Attribution.Cli.Output;

/// <summary>
/// One element to wrap around <c>[Start, End)</c> of the text. <see cref="OpenTag"/> opens its first piece;
/// <see cref="ReopenTag"/> opens the later pieces when a crossing element forces a split.
/// <see cref="Layer"/> orders elements that start and end together: lower layers go outside.
/// </summary>
internal sealed record MarkedSpan(int Start, int End, int Layer, string OpenTag, string ReopenTag, string CloseTag);
