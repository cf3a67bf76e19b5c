using System.Collections.Immutable;
using System.Text;

namespace Attribution;

/// <summary>
/// One real-world speaker or addressee of a document: every mention that refers to it (full name,
/// surname, pronoun, title, nominal) resolved to one canonical <see cref="Name"/>.
/// </summary>
/// <remarks>Immutable. Equality compares every member, the arrays item by item.</remarks>
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
    ImmutableArray<TextSpan> Mentions)
{
    /// <summary>Whether <paramref name="other"/> has the same members, the arrays compared item by item.</summary>
    /// <param name="other">The entity to compare with.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(Entity? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Kind == other.Kind
            && Gender == other.Gender
            && ValueArrays.Equal(Aliases, other.Aliases)
            && ValueArrays.Equal(Titles, other.Titles)
            && ValueArrays.Equal(Mentions, other.Mentions));

    /// <summary>A hash over every member, consistent with <see cref="Equals(Entity?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Gender);
        ValueArrays.AddTo(ref hash, Aliases);
        ValueArrays.AddTo(ref hash, Titles);
        ValueArrays.AddTo(ref hash, Mentions);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Name = ").Append(Name)
            .Append(", Kind = ").Append(Kind)
            .Append(", Gender = ").Append(Gender)
            .Append(", Aliases = ");
        ValueArrays.Append(builder, Aliases).Append(", Titles = ");
        ValueArrays.Append(builder, Titles).Append(", Mentions = ");
        ValueArrays.Append(builder, Mentions);
        return true;
    }
}
