namespace Attribution.Cli;

/// <summary>The process exit codes of the <c>attribution</c> command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int SomeInputFailed = 2;
}
