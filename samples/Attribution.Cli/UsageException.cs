namespace Attribution.Cli;

/// <summary>The command line is wrong: the message says how; the exit code is <see cref="ExitCodes.Usage"/>.</summary>
/// <param name="message">What is wrong, one sentence.</param>
/// <param name="command">The command whose help to point to, or null for the top level.</param>
internal sealed class UsageException(string message, string? command = null) : Exception(message)
{
    /// <summary>The command whose <c>--help</c> the error points to; null for <c>attribution --help</c>.</summary>
    public string? Command { get; } = command;
}
