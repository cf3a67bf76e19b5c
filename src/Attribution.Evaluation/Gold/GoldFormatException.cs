namespace Attribution.Evaluation.Gold;

/// <summary>The gold cannot be read: the message names the file (and line) and what is wrong.</summary>
public sealed class GoldFormatException : Exception
{
    public GoldFormatException()
    {
    }

    public GoldFormatException(string message)
        : base(message)
    {
    }

    public GoldFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
