using Attribution.Entities;

namespace Attribution.Tests.Entities;

public class NamePoolTests
{
    [Fact]
    public void Equal_names_from_different_places_of_the_text_share_one_string()
    {
        const string text = "Netanyahu spoke first. Later, Netanyahu said he would return; netanyahu is lower case here.";
        using var pool = new NamePool();

        var first = pool.Get(text.AsSpan(0, 9));
        var second = pool.Get(text.AsSpan(text.IndexOf("Netanyahu said", StringComparison.Ordinal), 9));
        var lower = pool.Get(text.AsSpan(text.IndexOf("netanyahu", StringComparison.Ordinal), 9));

        first.Should().Be("Netanyahu");
        second.Should().BeSameAs(first);
        lower.Should().Be("netanyahu").And.NotBeSameAs(first, "the pool is case-sensitive");
    }

    [Fact]
    public void Names_added_before_the_table_grows_are_found_again_after()
    {
        using var pool = new NamePool();
        var names = Enumerable.Range(0, 5_000).Select(i => $"Person{i} Surname{i % 97}").ToArray();
        var first = names.Select(n => pool.Get(n.AsSpan())).ToArray();

        var again = names.Select(n => pool.Get(new string(n.AsSpan()).AsSpan())).ToArray();

        again.Should().Equal(first, ReferenceEquals);
        pool.Get(ReadOnlySpan<char>.Empty).Should().BeEmpty();
    }

    [Fact]
    public void The_hash_set_holds_what_was_added_and_nothing_else()
    {
        using var set = new WordHashSet(capacity: 3);
        set.Add(0);
        set.Add(42);
        set.Add(ulong.MaxValue);

        set.Contains(0).Should().BeTrue();
        set.Contains(42).Should().BeTrue();
        set.Contains(ulong.MaxValue).Should().BeTrue();
        set.Contains(43).Should().BeFalse();
    }
}
