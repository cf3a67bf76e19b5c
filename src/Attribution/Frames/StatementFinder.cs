using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Frames;

/// <summary>Finds statements: quotes and reported speech with their attribution frames. Stateless and thread-safe.</summary>
internal static class StatementFinder
{
    public static List<StatementDraft> Find(Document document, Quote[] quotes, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(lexicons);
        return [];
    }
}
