namespace Attribution.Cli;

/// <summary>The process exit codes of the <c>attribution</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and every result written.</summary>
    public const int Success = 0;

    /// <summary>Some input could not be read or yielded nothing, or the output could not be written; the rest went through.</summary>
    public const int SomeInputFailed = 1;

    /// <summary>The command line is wrong (unknown option, bad value, missing path): nothing was read.</summary>
    public const int Usage = 2;
}
