using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Frames.Rules;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Finds statements: quotes and reported speech with their attribution frames. Stateless and thread-safe;
/// linear in the document (every rule looks at a bounded window around a cue or a quotation).
/// </summary>
/// <remarks>
/// Three passes: (1) every cue outside quotations is matched against the frames (postposed
/// <c>“Q,” S V</c>, forward <c>S V (that) CLAUSE</c> / <c>S V: “Q”</c>, participial, <c>according to</c>);
/// (2) overlapping matches are resolved in favour of the surer rule; (3) quotations no frame claimed become
/// statements when a quote rule takes them (<see cref="FrameRules.QuoteRules"/>: a verbless frame such as
/// <c>“Q” —Jane Doe</c> or <c>Doe: “Q”</c>, or a fully quoted sentence right after a statement, whose speaker
/// it inherits). Other quotations (scare quotes, titles, nicknames) are not statements. Pass 1 runs the cue
/// rules of <see cref="FrameRules.CueRules"/> in their order.
/// </remarks>
internal static class StatementFinder
{
    public static List<StatementDraft> Find(Document document, Quote[] quotes, LexiconSet lexicons, FrameRules rules) =>
        Find(document, quotes, lexicons, rules, new StatementWorkspace());

    /// <summary>Finds the statements with the scratch collections of <paramref name="workspace"/>, which this call alone uses.</summary>
    public static List<StatementDraft> Find(Document document, Quote[] quotes, LexiconSet lexicons, FrameRules rules, StatementWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(workspace);
        if (document.Tokens.Length == 0 || document.Sentences.Length == 0)
        {
            return [];
        }

        var sentenceOf = document.SentenceOfToken;
        var reader = document.ReaderFor(lexicons);
        using var ownLayout = ReferenceEquals(quotes, document.Quotes) ? null : new QuoteLayout(document, quotes, sentenceOf);
        var layout = ownLayout ?? document.QuoteLayout;
        var matcher = new FrameMatcher(new FrameContext(reader, layout, sentenceOf, rules));
        foreach (var cue in CueFinder.Find(reader, layout, sentenceOf, workspace.Cues))
        {
            matcher.Match(cue);
        }

        var kept = ResolveOverlaps(reader, matcher.Candidates, workspace, out var nested);
        ExtendOverContinuedParagraphs(layout, sentenceOf, kept);
        ExtendBackOverContinuedParagraphs(reader.Document, layout, kept);
        if (nested is not null)
        {
            kept.AddRange(nested);
            kept.Sort(static (a, b) => a.Draft.Content.CompareTo(b.Draft.Content));
        }

        TranscriptTurns.Add(reader, layout, kept);
        AddQuoteOnlyStatements(reader, layout, sentenceOf, kept, rules.QuoteRules, workspace.Rebuilt);

        // After the quote rules, so a belief nested in a quotation never makes the quotation look claimed.
        NestedBeliefFinder.Add(reader, layout, sentenceOf, kept);
        NestedQuoteFinder.Add(reader, quotes, layout, sentenceOf, kept);
        return Number(kept, workspace.Rebuilt);
    }

    /// <summary>Keeps, among candidates whose contents overlap, the surer one, in document order; frames nested whole in a kept content come out in <paramref name="nested"/>.</summary>
    private static List<Candidate> ResolveOverlaps(TokenReader r, List<Candidate> candidates, StatementWorkspace workspace, out List<Candidate>? nested)
    {
        var order = workspace.ByContent;
        order.Clear();
        order.AddRange(candidates);
        order.Sort(static (a, b) => a.Draft.Content.Start != b.Draft.Content.Start
            ? a.Draft.Content.Start.CompareTo(b.Draft.Content.Start)
            : b.Draft.Confidence.CompareTo(a.Draft.Confidence));
        var kept = workspace.KeptInOrder;
        kept.Clear();
        nested = null;
        foreach (var candidate in order)
        {
            // Candidates are sorted by start, so only the last kept one can overlap; statements nested in its
            // content are set aside and never compared with later candidates.
            if (kept.Count > 0 && Overlaps(kept[^1].Draft, candidate.Draft))
            {
                if (IsOwnFrameInside(r, candidate, kept[^1]))
                {
                    nested ??= [];
                    if (nested.Count > 0 && Overlaps(nested[^1].Draft, candidate.Draft))
                    {
                        if (Prefer(candidate.Draft, nested[^1].Draft))
                        {
                            nested[^1] = candidate; // one statement nested at a place: the surer frame
                        }
                    }
                    else
                    {
                        nested.Add(candidate);
                    }
                }
                else if (Prefer(candidate.Draft, kept[^1].Draft))
                {
                    kept[^1] = candidate;
                }

                continue;
            }

            kept.Add(candidate);
        }

        // Speaker carry-over: point at the kept candidate that holds the source draft, else keep the mention only.
        var keptSet = workspace.Kept;
        keptSet.Clear();
        keptSet.UnionWith(kept);
        foreach (var c in kept)
        {
            if (c.CarriedFrom >= 0 && keptSet.Contains(candidates[c.CarriedFrom]))
            {
                c.Source = candidates[c.CarriedFrom];
            }
        }

        return kept;
    }

    /// <summary>
    /// A full frame of its own inside an indirect or mixed content (<c>According to the Herald, Burrows said …</c>;
    /// <c>Heald noted the findings show …</c>; <c>Memon said she believed …</c>): the inner statement is kept beside the
    /// outer one when its speaker is named or a personal pronoun (not <c>it</c>), its speaker, cue and content all lie inside the outer content, and the outer
    /// content is not a quotation (cues inside quotations are never matched anyway).
    /// </summary>
    private static bool IsOwnFrameInside(TokenReader r, Candidate inner, Candidate outer)
    {
        var o = outer.Draft;
        var i = inner.Draft;
        return o.Kind != StatementKind.Direct && o.Fragments is null && i.Fragments is null && inner.CarriedFrom < 0
            && i.Cue is { } cue && i.Speaker is { } speaker && inner.Speaker is { } mention
            && Within(o.Content, speaker) && Within(o.Content, cue) && Within(o.Content, i.Content)
            && (i.Rule == nameof(ViewpointPhraseRule) // "said that, in his opinion, the stock is overvalued": the holder is set off in its own phrase
                || ((mention.Kind != MentionKind.Pronoun || IsPersonalPronoun(r, mention) || IsItForTheOuterBody(r, outer, mention, cue))
                    && i.Content.Start > cue.Start && !IsPossessorOnly(r, mention, i)));
    }

    // "Memon said she believed …", "He said they knew …": a person-referring subject pronoun holds the nested belief
    // or speech as PARC annotates it; "it" and "this" (the plan, the report) are left out as too often no source.
    private static bool IsPersonalPronoun(TokenReader r, Mention mention) =>
        mention.FirstToken == mention.LastToken && (r.TagsOf(mention.FirstToken) & (WordTags.PersonalPronoun | WordTags.FirstPersonPronoun | WordTags.PluralPronoun)) != 0
        && (r.TagsOf(mention.FirstToken) & WordTags.NeuterPronoun) == 0;

    // "The company said it expects earnings to rise", "The bank said it believes …": after an organisation's or a group's
    // statement, "it" right before its own verb group is that body again, and PARC 3.0 counts the nested belief or
    // forecast. After a person's ("The minister said it showed that …") "it" is a thing named earlier: too often no source.
    private static bool IsItForTheOuterBody(TokenReader r, Candidate outer, Mention mention, TextSpan cue)
    {
        if (mention.FirstToken != mention.LastToken || !r.Is(mention.FirstToken, "it") || cue.Start < mention.Span.End
            || outer.Speaker is not { } body
            || (body.Kind != MentionKind.Organization && (r.TagsOf(body.LastToken) & (WordTags.GroupNoun | WordTags.PersonNoun | WordTags.Plural)) != WordTags.GroupNoun))
        {
            return false;
        }

        for (int t = mention.LastToken + 1; r.InRange(t) && r.Tokens[t].Span.Start < cue.Start; t++)
        {
            if (r.ClassOf(t) is not (WordClass.Auxiliary or WordClass.Adverb))
            {
                return false; // "it" is not the cue's subject
            }
        }

        return true;
    }

    // "… reacting slowly to his urgent calls for …": a possessive alone, or a phrase it opens inside a prepositional phrase,
    // is no subject; a possessive phrase that opens a clause is ("Her campaign believes …, two aides said").
    private static bool IsPossessorOnly(TokenReader r, Mention mention, StatementDraft inner) =>
        r.InRange(mention.FirstToken) && Pronouns.IsPossessiveDeterminer(r.Text(mention.FirstToken))
        && (mention.FirstToken == mention.LastToken || inner.Rule == nameof(NominalCueRule) || !OpensClause(r, mention.FirstToken));

    private static bool OpensClause(TokenReader r, int token) =>
        !r.InRange(token - 1) || r.Tokens[token - 1].Kind == TokenKind.Punctuation || r.IsQuoteMark(token - 1)
        || r.ClassOf(token - 1) is WordClass.Subordinator or WordClass.Coordinator || r.Is(token - 1, "that");

    private static bool Within(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;

    // A frame whose cue lies inside another statement's content is nested in it ("He says authorities
    // are reacting slowly to his calls for …"): the outer statement wins. Otherwise the surer rule wins.
    private static bool Prefer(StatementDraft challenger, StatementDraft incumbent)
    {
        bool challengerNested = challenger.Cue is { } c && incumbent.ContentOverlaps(c);
        bool incumbentNested = incumbent.Cue is { } i && challenger.ContentOverlaps(i);
        if (challengerNested != incumbentNested)
        {
            return incumbentNested;
        }

        return challenger.Confidence > incumbent.Confidence;
    }

    private static bool Overlaps(StatementDraft a, StatementDraft b)
    {
        if (!a.Content.OverlapsWith(b.Content))
        {
            return false;
        }

        if (a.Fragments is { Count: > 1 } || b.Fragments is { Count: > 1 })
        {
            var piecesA = a.Fragments ?? [a.Content];
            foreach (var piece in piecesA)
            {
                if (b.ContentOverlaps(piece))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// A quote framed before it (<c>S said, “P1 … ¶ “P2 …”</c>) runs on over the paragraphs that continue the
    /// quotation, unless a continued paragraph has a frame of its own (<c>¶ “P2,” he said.</c>).
    /// </summary>
    private static void ExtendOverContinuedParagraphs(QuoteLayout layout, int[] sentenceOf, List<Candidate> kept)
    {
        Dictionary<int, int>? pieceEndingAt = null;
        for (int i = 0; i + 1 < layout.Pieces.Count; i++)
        {
            if (!layout.Pieces[i].Closed && layout.Pieces[i + 1].Quote == layout.Pieces[i].Quote)
            {
                pieceEndingAt ??= [];
                pieceEndingAt[layout.Pieces[i].Span.End] = i;
            }
        }

        if (pieceEndingAt is null)
        {
            return;
        }

        for (int k = 0; k < kept.Count; k++)
        {
            var draft = kept[k].Draft;
            if (draft.Fragments is not null)
            {
                continue;
            }

            while (pieceEndingAt.TryGetValue(draft.Content.End, out int piece))
            {
                var next = layout.Pieces[piece + 1];
                bool claimed = k + 1 < kept.Count
                    && (kept[k + 1].Draft.Content.Start < next.Span.End || kept[k + 1].Sentence <= sentenceOf[next.LastToken]);
                if (claimed)
                {
                    break;
                }

                draft.Content = new TextSpan(draft.Content.Start, next.Span.End);
                kept[k].LastToken = Math.Max(kept[k].LastToken, next.LastToken);
                kept[k].LastSentence = Math.Max(kept[k].LastSentence, sentenceOf[next.LastToken]);
            }
        }
    }

    /// <summary>
    /// A quote framed in its last paragraph (<c>“P1 … ¶ “P2,” said S.</c>) reaches back over the paragraphs it continues from:
    /// the quotation is one, so its speaker is one. Only when the quotation opens its paragraph: one opened after a frame's
    /// sentence (<c>“Q1,” the president said. “Q2 … ¶ “Q3,” she told the crowd.</c>) continues that frame's speaker, and
    /// not over a paragraph another statement claims (<c>S said: “P1 … ¶ “P2,” he added.</c>).
    /// </summary>
    private static void ExtendBackOverContinuedParagraphs(Document document, QuoteLayout layout, List<Candidate> kept)
    {
        var pieces = layout.Pieces;
        Dictionary<int, int>? continuingAt = null;
        for (int i = 1; i < pieces.Count; i++)
        {
            if (!pieces[i - 1].Closed && pieces[i - 1].Quote == pieces[i].Quote)
            {
                continuingAt ??= [];
                continuingAt[pieces[i].Span.Start] = i;
            }
        }

        if (continuingAt is null)
        {
            return;
        }

        for (int k = 0; k < kept.Count; k++)
        {
            var draft = kept[k].Draft;
            if (draft.Fragments is not null || draft.Kind != StatementKind.Direct || !continuingAt.TryGetValue(draft.Content.Start, out int piece))
            {
                continue;
            }

            int start = draft.Content.Start;
            while (piece > 0 && !pieces[piece - 1].Closed && pieces[piece - 1].Quote == pieces[piece].Quote
                && (k == 0 || !ClaimedBy(kept[k - 1].Draft, pieces[piece - 1].Span)))
            {
                start = pieces[--piece].Span.Start;
            }

            var sentence = document.Sentences[document.SentenceOfToken[pieces[piece].FirstToken]];
            if (start < draft.Content.Start && pieces[piece].FirstToken == document.Sentences[document.Paragraphs[sentence.Paragraph].FirstSentence].FirstToken)
            {
                draft.Content = new TextSpan(start, draft.Content.End);
            }
        }
    }

    /// <summary>Whether <paramref name="draft"/>'s content, speaker or cue reaches into <paramref name="span"/> or past it.</summary>
    private static bool ClaimedBy(StatementDraft draft, TextSpan span) =>
        draft.Content.End > span.Start || (draft.Speaker is { } speaker && speaker.End > span.Start) || (draft.Cue is { } cue && cue.End > span.Start);

    /// <summary>Pass 3: quotations with a verbless frame, and fully quoted sentences that continue a speaker.</summary>
    private static void AddQuoteOnlyStatements(TokenReader r, QuoteLayout layout, int[] sentenceOf, List<Candidate> kept, QuoteRule[] quoteRules, List<Candidate> result)
    {
        result.Clear();
        int next = 0;
        Candidate? previous = null;
        for (int pi = 0; pi < layout.Pieces.Count; pi++)
        {
            var piece = layout.Pieces[pi];
            while (next < kept.Count && kept[next].Draft.Content.Start <= piece.Span.Start)
            {
                if (previous is null || !Within(previous.Draft.Content, kept[next].Draft.Content))
                {
                    previous = kept[next]; // a statement nested in the previous one's content does not take over its speaker
                }

                result.Add(kept[next++]);
            }

            if (Claimed(piece, previous, next < kept.Count ? kept[next] : null) || piece.TokenCount < 3)
            {
                continue;
            }

            Candidate? made = null;
            foreach (var rule in quoteRules)
            {
                made = rule.TryMatch(r, piece, sentenceOf, previous);
                if (made is not null)
                {
                    break;
                }
            }

            // A quotation no rule frames may still carry the speaker of the paragraph before (the last resort).
            bool continued = !piece.Closed && pi + 1 < layout.Pieces.Count && layout.Pieces[pi + 1].Quote == piece.Quote;
            made ??= FloatingQuote.Match(r, piece, sentenceOf, previous, continued);

            if (made is not null)
            {
                pi = RunOnOverContinuedPieces(layout, sentenceOf, made, pi, next < kept.Count ? kept[next] : null);
                result.Add(made);
                previous = made;
            }
        }

        while (next < kept.Count)
        {
            result.Add(kept[next++]);
        }

        kept.Clear();
        kept.AddRange(result);
    }

    /// <summary>
    /// A quotation left open at its paragraph end and re-opened in the next (<c>“Q1. ¶ “Q2.”</c>) is one quote: the
    /// statement a quote rule made of its first piece runs on over the pieces that continue it, unless a framed
    /// statement claims one of them. Returns the index of the last piece taken in.
    /// </summary>
    private static int RunOnOverContinuedPieces(QuoteLayout layout, int[] sentenceOf, Candidate made, int pi, Candidate? following)
    {
        var pieces = layout.Pieces;
        if (made.Draft.Content != pieces[pi].Span)
        {
            return pi; // the rule made a statement of something else than the piece as it is
        }

        while (!pieces[pi].Closed && pi + 1 < pieces.Count && pieces[pi + 1].Quote == pieces[pi].Quote
            && (following is null || following.Draft.Content.Start >= pieces[pi + 1].Span.End))
        {
            var continued = pieces[++pi];
            made.Draft.Content = new TextSpan(made.Draft.Content.Start, continued.Span.End);
            made.LastToken = continued.LastToken;
            made.LastSentence = sentenceOf[continued.LastToken];
        }

        return pi;
    }

    private static bool Claimed(QuotePiece piece, Candidate? previous, Candidate? following)
    {
        bool Covers(Candidate? c) => c is not null && (c.Draft.ContentOverlaps(piece.Span)
            || (c.Draft.Speaker is { } s && s.OverlapsWith(piece.Span)) || (c.Draft.Cue is { } cue && cue.OverlapsWith(piece.Span)));
        return Covers(previous) || Covers(following);
    }

    /// <summary>The drafts in document order, with <see cref="StatementDraft.CarriedFrom"/> as indices into that order.</summary>
    /// <summary>
    /// The output's promise, kept whatever the passes before did: two statements in a row either do not
    /// overlap or the second is a whole frame nested in the first's indirect or mixed content (or, for a belief
    /// nested in a quotation, in any content). Of two that
    /// overlap otherwise, the surer stays. <paramref name="kept"/> is in content order.
    /// </summary>
    private static void DropPartialOverlaps(List<Candidate> kept, List<Candidate> result)
    {
        result.Clear();
        foreach (var candidate in kept)
        {
            bool keep = true;
            while (result.Count > 0 && result[^1].Draft.Content.OverlapsWith(candidate.Draft.Content) && !IsNestedIn(candidate.Draft, result[^1].Draft))
            {
                if (!Prefer(candidate.Draft, result[^1].Draft))
                {
                    keep = false;
                    break;
                }

                result.RemoveAt(result.Count - 1);
            }

            if (keep)
            {
                result.Add(candidate);
            }
        }

        if (result.Count != kept.Count)
        {
            kept.Clear();
            kept.AddRange(result);
        }
    }

    private static bool IsNestedIn(StatementDraft inner, StatementDraft outer) =>
        (outer.Kind != StatementKind.Direct || inner.InsideQuote) && Within(outer.Content, inner.Content) && inner.Cue is { } cue && Within(outer.Content, cue)
        && (inner.Speaker is not { } speaker || Within(outer.Content, speaker));

    private static List<StatementDraft> Number(List<Candidate> kept, List<Candidate> scratch)
    {
        kept.Sort(static (a, b) => a.Draft.Content.CompareTo(b.Draft.Content));
        DropPartialOverlaps(kept, scratch);
        var drafts = new List<StatementDraft>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            kept[i].KeptIndex = i;
            drafts.Add(kept[i].Draft);
        }

        foreach (var c in kept)
        {
            c.Draft.CarriedFrom = c.Source is { KeptIndex: >= 0 } source ? source.KeptIndex : null;
        }

        return drafts;
    }
}
