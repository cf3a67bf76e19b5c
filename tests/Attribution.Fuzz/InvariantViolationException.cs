namespace Attribution.Fuzz;

/// <summary>An output broke one of its promises (a span out of range, an excerpt unlike its slice).</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string promise)
        : base("broken promise: " + promise)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
