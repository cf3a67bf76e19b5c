namespace Attribution.Samples.Input;

/// <summary>An input that could not be read or decoded: reported on standard error, the rest carries on.</summary>
/// <param name="Name">The file, directory or stream that failed.</param>
/// <param name="Line">The 1-based line of a JSONL input, when the failure is on one line.</param>
/// <param name="Message">What went wrong.</param>
public sealed record InputError(string Name, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Name}:{line}: {Message}" : $"{Name}: {Message}";
}
