using System.Collections.Immutable;

namespace Attribution.Entities;

/// <summary>
/// The entities of one document and which mention resolves to which. The look-up may be the entity workspace's
/// (<see cref="EntityWorkspace.EntityByMention"/>): read it before that workspace serves another document.
/// </summary>
internal sealed class EntityResolution
{
    public EntityResolution(ImmutableArray<Entity> entities, IReadOnlyDictionary<TextSpan, int> entityByMention)
    {
        Entities = entities;
        EntityByMention = entityByMention;
    }

    public static EntityResolution Empty { get; } = new([], new Dictionary<TextSpan, int>());

    public ImmutableArray<Entity> Entities { get; }

    /// <summary>The entity id of each speaker or addressee mention span that resolves.</summary>
    public IReadOnlyDictionary<TextSpan, int> EntityByMention { get; }

    public Entity? EntityOf(TextSpan? mention) =>
        mention is { } span && EntityByMention.TryGetValue(span, out int id) ? Entities[id] : null;
}
