namespace Attribution.Cli.Output;

/// <summary>
/// Gives each entity of a result a colour slot of <see cref="EntityPalette"/>: speakers first, in the order
/// they first speak, then the other entities (addressees, mentioned only) in entity order. So the palette's
/// hand-picked, most distinct colours go to the people whose statements are painted.
/// </summary>
internal sealed class EntitySlots
{
    private readonly Dictionary<int, int> _slotById = [];

    public EntitySlots(AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var statement in result.Statements)
        {
            if (statement.Speaker?.Entity is { } speaker)
            {
                _slotById.TryAdd(speaker.Id, _slotById.Count);
            }
        }

        foreach (var entity in result.Entities)
        {
            _slotById.TryAdd(entity.Id, _slotById.Count);
        }
    }

    /// <summary>How many slots are in use.</summary>
    public int Count => _slotById.Count;

    /// <summary>The entity's slot, or null for no entity (an unresolved speaker).</summary>
    public int? SlotOf(Entity? entity) =>
        entity is not null && _slotById.TryGetValue(entity.Id, out int slot) ? slot : null;

    /// <summary>The entity's colour, or <see cref="EntityPalette.Unresolved"/>.</summary>
    public EntityColour ColourOf(Entity? entity) =>
        SlotOf(entity) is int slot ? EntityPalette.For(slot) : EntityPalette.Unresolved;
}
