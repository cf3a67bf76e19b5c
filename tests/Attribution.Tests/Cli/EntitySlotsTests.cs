using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class EntitySlotsTests
{
    [Fact]
    public void Speakers_get_the_first_colours_in_the_order_they_first_speak_then_the_other_entities()
    {
        var seed = SeedAttribution.Load();
        var slots = new EntitySlots(seed);
        Entity Named(string name) => seed.Entities.Single(e => e.Name == name);

        slots.SlotOf(Named("António Guterres")).Should().Be(0);
        slots.SlotOf(Named("Danny Danon")).Should().Be(1);
        slots.SlotOf(Named("Israel Katz")).Should().Be(2);
        slots.SlotOf(Named("Reuters")).Should().BeGreaterThan(slots.SlotOf(Named("Israeli civil society groups and U.S. Jewish organizations"))!.Value,
            "an entity that only listens comes after every speaker");
        slots.SlotOf(null).Should().BeNull();
        slots.ColourOf(null).Should().Be(EntityPalette.Unresolved);
        Enumerable.Range(0, slots.Count).Select(i => EntityPalette.For(i).Fill).Should().OnlyHaveUniqueItems();
    }
}
