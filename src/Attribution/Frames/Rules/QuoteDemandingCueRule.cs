using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a cue that speaks only through a quote or a that-clause in its clause (<c>accuse … of</c>,
/// <c>praise … for</c>) and of the phrasal <c>call</c> cues: the content runs from the cue to the end of the
/// clause, mixed whenever it holds a quote.
/// <list type="bullet">
/// <item>Matches: <c>The group accused the mayor of “betraying the city.”</c>; <c>She called on the council to “act before winter.”</c>;
/// <c>He accused the board of ignoring warnings that the dam was weak.</c> (a that-clause inside).</item>
/// <item>Refuses (no statement): <c>The group accused the mayor of fraud.</c> (no quote, no that-clause, no gerund); <c>The union
/// would not accept “a cut of any size.”</c> (a <c>+that</c> verb: only its that-clause reports).</item>
/// <item>Matches a yes-no question right after the cue as it would a that-clause: <c>Critics questioned whether the plan
/// was realistic.</c></item>
/// <item>Matches without a quote for the cues of a charge (lexicon flag <c>+charge</c>) when a gerund names what the object
/// did: <c>Democrats accused Republicans of holding the government hostage.</c>; <c>The senator criticized the agency for
/// failing to act.</c> (content from the object on, as with a quote).</item>
/// <item>Ends the content before <c>, and</c> or <c>, but</c> and a clause with its own subject: <c>called the case a “witch
/// hunt,” and his campaign has sought to raise money</c> reports only <c>the case a “witch hunt”</c>.</item>
/// <item>Keeps the party called on at the head of the content (<c>called on Israel to halt the strikes</c>, as the seed
/// article has it) and marks it as <see cref="ContentMatch.CalledParty"/>, the addressee in act granularity.</item>
/// </list>
/// </summary>
internal sealed class QuoteDemandingCueRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        var e = site.Entry;
        if (!e.NeedsQuote && !(e.IsPhrasal && e.Lemma.StartsWith("call", StringComparison.Ordinal)))
        {
            content = null;
            return false;
        }

        content = f.Content.Content(site.End, forceMixedOnQuote: true) is { } read ? f.Content.WithoutCoordinatedClause(read) : null;
        if (e.TakesInfinitive && content is { } called && f.Clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: true) is { } party
            && f.Clause.IsInfinitiveAt(party.LastToken + 1, site.SentenceLast))
        {
            content = called with { CalledParty = party.Span }; // "called on Israel to halt …": Israel is the addressee in act granularity
        }

        if (e.ThatOnly && content is { ThatClause: false })
        {
            content = null; // "would not accept “a cut of any size”": the quotation is the thing refused, not the union's words
        }
        else if (e.NeedsQuote && content is { } c && c.Kind == StatementKind.Indirect && !c.ThatClause)
        {
            if (e.TakesCharge && ChargesWithGerund(f, site))
            {
                confidence -= FrameConfidence.ChargePenalty; // "accused Republicans of holding the government hostage"
            }
            else if ((e.Class == CueClass.Speech || e.IsPredicative) && c.FirstToken == site.End && (f.Reader.Is(site.End, "whether") || f.Reader.Is(site.End, "if")) && !f.Quotes.IsQuoted(site.End))
            {
                // "Critics questioned whether the plan was realistic", "I wouldn't be surprised if …": a yes-no question spoken
                // or felt about is a proposition, as a that-clause is ("The council considered whether …" is deliberation).
            }
            else
            {
                content = null;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>OBJECT of|for [not] V-ing</c> right after the cue (<c>accused Republicans of holding …</c>, <c>criticized the
    /// agency for failing to act</c>): the charge is a proposition about the object. A noun after the preposition
    /// (<c>accused him of fraud</c>, <c>blamed the union for the delays</c>) is not one.
    /// </summary>
    private static bool ChargesWithGerund(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        if (f.Clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: true) is not { } accused)
        {
            return false;
        }

        int preposition = accused.LastToken + 1;
        int verb = r.Is(preposition + 1, "not") || r.Is(preposition + 1, "never") ? preposition + 2 : preposition + 1;
        return (r.Is(preposition, "of") || r.Is(preposition, "for")) && verb <= site.SentenceLast && r.IsLowerWord(verb) && !f.Quotes.IsQuoted(verb)
            && r.Text(verb).Length > 4 && r.Text(verb).EndsWith("ing", StringComparison.Ordinal) && !r.IsNoun(verb);
    }
}
