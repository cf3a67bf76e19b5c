namespace Attribution.Cli;

/// <summary>The command line is wrong: the message says how; the exit code is 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
