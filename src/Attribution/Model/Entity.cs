using System.Collections.Immutable;

namespace Attribution;

/// <summary>
/// One real-world speaker or addressee of a document: every mention that refers to it (full name,
/// surname, pronoun, title, nominal) resolved to one canonical <see cref="Name"/>.
/// </summary>
/// <param name="Id">The entity's index in <see cref="AttributionResult.Entities"/>.</param>
/// <param name="Name">The canonical name: the fullest proper name the document gives (<c>António Guterres</c>), else the best description.</param>
/// <param name="Kind">Person, organisation, group or anonymous source.</param>
/// <param name="Gender">The gender the text gives, if any.</param>
/// <param name="Aliases">The other surface forms that refer to the entity, distinct, in order of first appearance.</param>
/// <param name="Titles">Titles, roles and appositives attached to it (<c>United Nations Secretary-General</c>).</param>
/// <param name="Mentions">Every mention of the entity, in document order.</param>
public sealed record Entity(
    int Id,
    string Name,
    EntityKind Kind,
    Gender Gender,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Titles,
    ImmutableArray<TextSpan> Mentions);
