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
    public void Clear_forgets_the_names_but_the_strings_handed_out_stay_valid()
    {
        using var pool = new NamePool();
        var names = Enumerable.Range(0, 300).Select(i => $"Minister{i} Okafor").ToArray();
        var before = names.Select(n => pool.Get(n.AsSpan())).ToArray();
        pool.Count.Should().Be(300);

        pool.Clear();

        pool.Count.Should().Be(0);
        before.Should().Equal(names);
        var after = pool.Get("Minister7 Okafor".AsSpan());
        after.Should().Be("Minister7 Okafor").And.NotBeSameAs(before[7], "a cleared pool makes the string anew");
        pool.Get("Minister7 Okafor".AsSpan()).Should().BeSameAs(after);
    }

    [Fact]
    public void The_workspace_keeps_its_names_from_one_document_to_the_next()
    {
        const string first = "Prime Minister Keir Starmer told reporters on Monday that talks would resume. \"We are close,\" Starmer said.";
        const string second = "Keir Starmer said on Tuesday that the talks had stalled, and Starmer added that he was disappointed.";
        var workspace = new EntityWorkspace();

        var firstEntities = Resolve(first, workspace);
        var secondEntities = Resolve(second, workspace);

        var firstName = firstEntities.Entities.Single(e => e.Name == "Keir Starmer").Name;
        var secondName = secondEntities.Entities.Single(e => e.Name == "Keir Starmer").Name;
        secondName.Should().BeSameAs(firstName, "the second document finds the name in the kept pool");
    }

    private static EntityResolution Resolve(string text, EntityWorkspace workspace)
    {
        var lexicons = new Attribution.Lexicons.LexiconSet([], []);
        using var document = Attribution.Pipeline.DocumentAnalyzer.Analyze(text, publicationDate: null);
        document.SetQuotes(Attribution.Quotes.QuoteScanner.Scan(document));
        var drafts = Attribution.Frames.StatementFinder.Find(document, document.Quotes, lexicons, Attribution.Frames.FrameRules.CreateDefault());
        return EntityResolver.Resolve(document, drafts, lexicons, workspace);
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
