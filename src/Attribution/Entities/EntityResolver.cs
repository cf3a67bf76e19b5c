using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Pipeline;

namespace Attribution.Entities;

/// <summary>Resolves speaker and addressee mentions to entities. Stateless and thread-safe.</summary>
internal static class EntityResolver
{
    public static EntityResolution Resolve(Document document, IReadOnlyList<StatementDraft> drafts, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(lexicons);
        return EntityResolution.Empty;
    }
}
