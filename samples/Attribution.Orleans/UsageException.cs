namespace Attribution.OrleansSample;

/// <summary>A command line that cannot be run; the message says why, and the usage follows.</summary>
internal sealed class UsageException(string message) : Exception(message);
