namespace Attribution.OrleansSample;

/// <summary>The process exit codes, the same as the <c>attribution</c> command's.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputFailed = 1;
    public const int Usage = 2;
}
