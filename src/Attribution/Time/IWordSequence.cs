namespace Attribution.Time;

/// <summary>A run of words the time matcher reads: a frame's tokens, or a phrase split on its own.</summary>
internal interface IWordSequence
{
    int Count { get; }

    ReadOnlySpan<char> this[int index] { get; }
}
