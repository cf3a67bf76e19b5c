using System.Collections.Immutable;
using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class HtmlRendererTests
{
    private static readonly AttributionResult Seed = SeedAttribution.Load();

    [Fact]
    public void The_article_keeps_the_original_text_exactly_and_its_markup_nests()
    {
        string page = HtmlRenderer.Render(SeedAttribution.Id, "samples/data/guterres-netanyahu.txt", Seed);

        var (text, _) = HtmlArticle.Parse(page);

        text.Should().Be(Seed.Text);
    }

    [Fact]
    public void Every_statement_is_highlighted_over_exactly_its_content_in_its_speakers_colour()
    {
        string page = HtmlRenderer.Render(SeedAttribution.Id, null, Seed);
        var (_, elements) = HtmlArticle.Parse(page);
        var slots = new EntitySlots(Seed);

        for (int i = 0; i < Seed.Statements.Length; i++)
        {
            var statement = Seed.Statements[i];
            HtmlArticle.StatementText(elements, i + 1).Should().Be(statement.Content.Text, $"statement {i + 1} is highlighted over its content");
            string colourClass = slots.SlotOf(statement.Speaker?.Entity) is int slot ? "e" + slot : "eu";
            elements.Should().Contain(e => e.Name == "mark"
                && e.Attributes.StartsWith($"class=\"st {colourClass} first\"", StringComparison.Ordinal)
                && e.Attributes.Contains($"data-statement=\"{i + 1}\"", StringComparison.Ordinal));
        }

        var guterres = EntityPalette.For(0);
        page.Should().Contain($".e0{{--fill:{guterres.Fill};--ink:{guterres.Ink}}}");
    }

    [Fact]
    public void Speakers_cues_addressees_and_times_are_marked_and_the_tooltip_names_addressee_and_time()
    {
        string page = HtmlRenderer.Render(SeedAttribution.Id, null, Seed);
        var (_, elements) = HtmlArticle.Parse(page);

        // Statement 2 of the seed: “I have not talked to him …,” Guterres told Reuters in an interview published on Thursday.
        elements.Should().Contain(e => e.Name == "span" && e.Attributes.StartsWith("class=\"speaker e0\"", StringComparison.Ordinal) && e.Text == "Guterres");
        elements.Should().Contain(e => e.Name == "span" && e.Attributes.StartsWith("class=\"cue\"", StringComparison.Ordinal) && e.Text == "told");
        elements.Should().Contain(e => e.Name == "span" && e.Attributes.Contains("class=\"addressee", StringComparison.Ordinal) && e.Text == "Reuters");
        elements.Should().Contain(e => e.Name == "time" && e.Attributes.Contains("datetime=\"2024-09-26\"", StringComparison.Ordinal) && e.Text == "Thursday");
        var second = elements.Single(e => e.Name == "mark" && e.Attributes.Contains("data-statement=\"2\"", StringComparison.Ordinal));
        second.Attributes.Should().Contain("to: Reuters").And.Contain("when: Thursday = 2024-09-26").And.Contain("António Guterres");
    }

    [Fact]
    public void The_legend_lists_every_entity_with_its_titles_and_the_side_notes_every_statement()
    {
        string page = HtmlRenderer.Render(SeedAttribution.Id, null, Seed);

        foreach (var entity in Seed.Entities)
        {
            page.Should().Contain($"<span class=\"name\">{entity.Name}</span>");
        }

        page.Should().Contain("Israel’s U.N. Ambassador").And.Contain("United Nations Secretary-General");
        page.Split("<li class=\"note ").Length.Should().Be(Seed.Statements.Length + 1);
    }

    [Fact]
    public void User_text_is_escaped_everywhere_so_it_never_becomes_markup()
    {
        const string Text = "<script>alert(1)</script> Mr. O'Brien & \"friends\" said: \"<b>not bold</b>\" on Monday.";
        int quote = Text.IndexOf("\"<b>", StringComparison.Ordinal);
        var speakerSpan = new TextSpan(Text.IndexOf("Mr.", StringComparison.Ordinal), Text.IndexOf(" &", StringComparison.Ordinal));
        var entity = new Entity(0, "<img src=x onerror=alert(2)>", EntityKind.Person, Gender.Male, ["O'Brien"], ["\"Chief\" & <boss>"], [speakerSpan]);
        var content = new TextSpan(quote, Text.IndexOf(" on", StringComparison.Ordinal));
        var statement = new Statement(
            StatementKind.Direct,
            new TextExcerpt(content, content.Slice(Text)),
            [],
            new Cue(new TextSpan(Text.IndexOf("said", StringComparison.Ordinal), Text.IndexOf(':', StringComparison.Ordinal)), "said", "say"),
            new SpeakerMention(speakerSpan, speakerSpan.Slice(Text), MentionKind.Name, entity),
            null,
            new TimeReference(new TextSpan(Text.Length - 7, Text.Length - 1), "Monday", "<2024-01-01>"),
            true,
            0.8);
        var result = new AttributionResult(Text, [statement], [entity]);

        string page = HtmlRenderer.Render("<id>", "a\"b.txt", result);

        page.Should().NotContain("<script>alert").And.NotContain("<b>").And.NotContain("<img").And.NotContain("<boss>").And.NotContain("<id>");
        page.Should().Contain("&lt;img src=x onerror=alert(2)&gt;").And.Contain("&lt;id&gt;");
        var (text, _) = HtmlArticle.Parse(page);
        text.Should().Be(Text);
    }

    [Fact]
    public void Offsets_are_utf16_so_text_after_emoji_and_accents_is_sliced_exactly()
    {
        const string Text = "🎉🎉 Café owner Zoë Ørsted said “we are 🍕 fans” today.";
        var content = new TextSpan(Text.IndexOf('“'), Text.IndexOf('”') + 1);
        var speaker = new TextSpan(Text.IndexOf("Zoë", StringComparison.Ordinal), Text.IndexOf(" said", StringComparison.Ordinal));
        var entity = new Entity(0, "Zoë Ørsted", EntityKind.Person, Gender.Female, [], [], [speaker]);
        var statement = new Statement(StatementKind.Direct, new TextExcerpt(content, content.Slice(Text)), [], null,
            new SpeakerMention(speaker, speaker.Slice(Text), MentionKind.Name, entity), null, null, true, 0.9);

        string page = HtmlRenderer.Render("pizza", null, new AttributionResult(Text, [statement], [entity]));
        var (text, elements) = HtmlArticle.Parse(page);

        text.Should().Be(Text);
        HtmlArticle.StatementText(elements, 1).Should().Be("“we are 🍕 fans”");
        elements.Should().Contain(e => e.Name == "span" && e.Text == "Zoë Ørsted");
    }

    [Fact]
    public void An_interrupted_quote_is_highlighted_piece_by_piece_leaving_the_frame_between_them_unmarked()
    {
        const string Text = "“We will win,” she said, “and soon.”";
        var first = new TextSpan(0, Text.IndexOf(" she", StringComparison.Ordinal));
        var second = new TextSpan(Text.LastIndexOf('“'), Text.Length);
        var speaker = new TextSpan(Text.IndexOf("she", StringComparison.Ordinal), Text.IndexOf(" said", StringComparison.Ordinal));
        var statement = new Statement(StatementKind.Direct, new TextExcerpt(new TextSpan(0, Text.Length), Text),
            [new TextExcerpt(first, first.Slice(Text)), new TextExcerpt(second, second.Slice(Text))], null,
            new SpeakerMention(speaker, "she", MentionKind.Pronoun, null), null, null, true, 0.7);

        var (text, elements) = HtmlArticle.Parse(HtmlRenderer.Render("x", null, new AttributionResult(Text, [statement], [])));

        text.Should().Be(Text);
        var pieces = elements.Where(e => e.Name == "mark").Select(e => e.Text).ToList();
        pieces.Should().Equal("“We will win,”", "“and soon.”");
        elements.Should().Contain(e => e.Attributes.StartsWith("class=\"speaker eu\"", StringComparison.Ordinal) && e.Text == "she");
    }

    [Fact]
    public void Crossing_spans_are_split_so_the_markup_stays_well_formed_and_every_character_is_kept()
    {
        const string Text = "Officials said the plan, which he called “a disaster in waiting”, would fail.";
        // An indirect statement whose content crosses the start of a direct quote nested in it, and a speaker inside the content.
        var indirect = new TextSpan(Text.IndexOf("the plan", StringComparison.Ordinal), Text.IndexOf("waiting", StringComparison.Ordinal));
        var direct = new TextSpan(Text.IndexOf('“'), Text.IndexOf('”') + 1);
        var officials = new TextSpan(0, "Officials".Length);
        var he = new TextSpan(Text.IndexOf(" he ", StringComparison.Ordinal) + 1, Text.IndexOf(" he ", StringComparison.Ordinal) + 3);
        var statements = ImmutableArray.Create(
            new Statement(StatementKind.Indirect, new TextExcerpt(indirect, indirect.Slice(Text)), [], null,
                new SpeakerMention(officials, "Officials", MentionKind.Nominal, null), null, null, true, 0.6),
            new Statement(StatementKind.Direct, new TextExcerpt(direct, direct.Slice(Text)), [], null,
                new SpeakerMention(he, "he", MentionKind.Pronoun, null), null, null, true, 0.6));

        var (text, elements) = HtmlArticle.Parse(HtmlRenderer.Render("x", null, new AttributionResult(Text, statements, [])));

        text.Should().Be(Text);
        HtmlArticle.StatementText(elements, 1).Should().Be(indirect.Slice(Text));
        HtmlArticle.StatementText(elements, 2).Should().Be(direct.Slice(Text));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_rather_than_breaking_the_page()
    {
        const string Text = "He said so.";
        var bad = new Statement(StatementKind.Indirect, new TextExcerpt(new TextSpan(8, 40), "so."), [], null, null, null, null, true, 0.1);

        string page = HtmlRenderer.Render("x", null, new AttributionResult(Text, [bad], []));

        HtmlArticle.Parse(page).Text.Should().Be(Text);
        page.Should().Contain("no resolved speaker");
    }

    [Fact]
    public void A_page_without_statements_says_so_and_loads_nothing_from_the_network()
    {
        string page = HtmlRenderer.Render("empty", null, new AttributionResult("Nothing was said here.", [], []));

        page.Should().Contain("No statements found.");
        page.Should().Contain("default-src 'none'");
        foreach (string external in new[] { "http:", "https:", "src=", "href=", "@import", "url(" })
        {
            page.Should().NotContain(external);
        }
    }

    [Fact]
    public void Control_characters_lone_surrogates_and_crlf_are_kept_in_place_and_nul_becomes_a_replacement_character()
    {
        string text = "Line one\r\nHe said \u0001“a\ud800b\u0000c”\r\n\udc00 end";
        var content = new TextSpan(text.IndexOf('“'), text.IndexOf('”') + 1);
        var statement = new Statement(StatementKind.Direct, new TextExcerpt(content, content.Slice(text)), [], null, null, null, null, true, 0.5);

        string page = HtmlRenderer.Render("odd", null, new AttributionResult(text, [statement], []));
        var (rendered, elements) = HtmlArticle.Parse(page);

        page.Should().NotContain("\0");
        rendered.Should().Be(text.Replace('\0', '\uFFFD'));
        HtmlArticle.StatementText(elements, 1).Should().Be("“a\ud800b\uFFFDc”");
    }
}
