using Attribution.Pipeline;
using Attribution.Lexicons;
using Attribution.Entities;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// The span boundaries of act granularity (PARC 3.0 / PolNeAR): a reported clause starts at its complementizer
/// (<c>said that the talks failed</c>, <c>whether</c>, <c>if</c>), and the speaker span is the whole noun phrase
/// that names the source, with its appositive and modifiers (<c>Rep. Jane Doe, a Democrat from Ohio and a close
/// ally of the governor,</c>; <c>the documents released by the committee</c>), written as
/// <see cref="StatementDraft.SpeakerPhrase"/> so the entity still comes from the tight mention. Stateless.
/// </summary>
internal static class ParcSpans
{
    /// <summary>The longest appositive or trailing modifier taken into a speaker phrase, in tokens (as the mention finder's appositive bound).</summary>
    private const int MaxModifierTokens = 25;

    public static void Apply(TokenReader r, DocumentPositions positions, List<StatementDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (!draft.Content.IsEmpty && draft.Kind != StatementKind.Direct)
            {
                StartAtComplementizer(r, positions, draft);
                StartAfterCalledParty(r, positions, draft);
                OccasionTail.Trim(r, positions, draft);
            }

            if (draft.Speaker is { } speaker && draft.SpeakerPhrase is null) // a transcript label is already the written source
            {
                var (first, end) = positions.TokensIn(speaker);
                if (end > first)
                {
                    int sentence = positions.SentenceOf(first);
                    var bounds = r.Document.Sentences[sentence];
                    bool subjectBeforeCue = draft.Cue is not { } cue || speaker.End <= cue.Start;
                    int phraseFirst = subjectBeforeCue ? WidenLeft(r, positions, first, bounds.FirstToken) : first;
                    int phraseLast = WidenRight(r, positions, draft, drafts, end - 1, bounds.EndToken);
                    var phrase = r.SpanOf(phraseFirst, phraseLast);
                    draft.SpeakerPhrase = phrase == speaker ? null : phrase;
                }
            }
        }
    }

    private static void StartAtComplementizer(TokenReader r, DocumentPositions positions, StatementDraft draft)
    {
        int first = positions.FirstTokenAtOrAfter(draft.Content.Start);
        int before = first - 1;
        if (before > 0 && r.IsPunct(before, ',') && !positions.InQuote[before])
        {
            before--; // "said that, as the parents came from India, …": the complementizer before an adjunct's comma
        }

        if (before < 0 || first >= r.Count || r.Tokens[first].Span.Start != draft.Content.Start
            || !(r.Is(before, "that") || r.Is(before, "whether") || r.Is(before, "if"))
            || (positions.InQuote[before] && !draft.InsideQuote) || positions.SentenceOf(before) != positions.SentenceOf(first)
            || (draft.Cue is { } cue && cue.End > r.Tokens[before].Span.Start))
        {
            return;
        }

        var start = r.Tokens[before].Span.Start;
        if (draft.Fragments is { Count: > 0 } pieces && pieces[0].Start == draft.Content.Start)
        {
            pieces[0] = new TextSpan(start, pieces[0].End);
        }

        draft.Content = new TextSpan(start, draft.Content.End);
    }

    /// <summary>
    /// <c>called on Israel | to halt the strikes</c>: PARC's content of a control verb is the infinitive, and the party
    /// called on is the addressee (quote granularity keeps it at the head of the content).
    /// </summary>
    private static void StartAfterCalledParty(TokenReader r, DocumentPositions positions, StatementDraft draft)
    {
        if (draft.CalledParty is not { } party || draft.Addressee is not null || party.Start != draft.Content.Start)
        {
            return;
        }

        int next = positions.FirstTokenAtOrAfter(party.End);
        if (next >= r.Count || r.Tokens[next].Span.Start >= draft.Content.End)
        {
            return;
        }

        var start = r.Tokens[next].Span.Start;
        if (draft.Fragments is { Count: > 0 } pieces && pieces[0].Start == draft.Content.Start)
        {
            pieces[0] = new TextSpan(start, pieces[0].End);
        }

        draft.Content = new TextSpan(start, draft.Content.End);
        draft.Addressee = party;
    }

    /// <summary>
    /// The noun phrase that the mention ends when post-modifiers join it to the clause's start: a reduced relative
    /// clause (<c>the documents released by | the committee</c>, <c>A leaked letter seen by | Sky News</c>), an
    /// -ing modifier (<c>A new study documenting iodine levels in | Australian children</c>) or prepositional
    /// phrases (<c>Posts on the message board for | the site</c>). The widened phrase must start the sentence (or
    /// follow an introductory phrase's comma); a phrase that starts anywhere else is an object, and the mention stays.
    /// </summary>
    private static int WidenLeft(TokenReader r, DocumentPositions positions, int first, int sentenceFirst)
    {
        if (TitleBeforeComma(r, positions, first, sentenceFirst) is int titleFirst)
        {
            return titleFirst;
        }

        if (first == sentenceFirst || positions.InQuote[first - 1])
        {
            return first;
        }

        return PostModifiedSubject.HeadBefore(r, first, sentenceFirst) is { } head ? head.FirstToken : first;
    }

    /// <summary>
    /// <c>Malaysia's Prime Minister, | Najib Razak said</c>: a title phrase opening the sentence (or following an
    /// introductory phrase's comma) and set off by a comma names the same person; its first token, or null.
    /// </summary>
    private static int? TitleBeforeComma(TokenReader r, DocumentPositions positions, int first, int sentenceFirst)
    {
        int comma = first - 1;
        if (comma - 1 < sentenceFirst || !r.IsPunct(comma, ',') || positions.InQuote[comma - 1] || !r.IsCapitalized(first)
            || (r.TagsOf(comma - 1) & WordTags.Title) == 0 || !r.IsCapitalized(comma - 1)
            || MentionFinder.PhraseEndingAt(r, comma - 1, sentenceFirst) is not { } title
            || (title.FirstToken != sentenceFirst && !r.IsPunct(title.FirstToken - 1, ',')))
        {
            return null;
        }

        return title.FirstToken;
    }

    /// <summary>
    /// The appositive, party label and modifiers after the mention: up to the comma before the cue when the
    /// speaker comes first (<c>Jane Doe (D-Ohio), a member of the panel, said</c>), or to the sentence end when it
    /// comes after the cue (<c>said Tom Reyes, a longtime adviser to the governor.</c>).
    /// </summary>
    private static int WidenRight(TokenReader r, DocumentPositions positions, StatementDraft draft, List<StatementDraft> drafts, int last, int sentenceEnd)
    {
        int k = last + 1;
        if (PostModifiersEnd(r, positions, draft, last, sentenceEnd) is int modifiersLast)
        {
            return modifiersLast;
        }

        if (r.IsPunct(k, '('))
        {
            int close = k + 1;
            while (close < sentenceEnd && close - k < MaxModifierTokens && !r.IsPunct(close, ')') && !positions.InQuote[close])
            {
                close++;
            }

            if (close < sentenceEnd && r.IsPunct(close, ')'))
            {
                last = close;
                k = close + 1;
            }
        }

        if (!r.IsPunct(k, ',') || draft.Cue is not { } cue)
        {
            return last;
        }

        int cueFirst = positions.FirstTokenAtOrAfter(cue.Start);
        if (cueFirst > k)
        {
            // Speaker first: the appositive runs to a comma followed (after auxiliaries and adverbs) by the cue.
            int comma = cueFirst - 1;
            while (comma > k && r.ClassOf(comma) is WordClass.Auxiliary or WordClass.Adverb)
            {
                comma--;
            }

            // A participle hangs on the main clause ("Trump's running mate, Mike Pence, sought …, saying"): the appositive
            // closes at the first comma after the mention, before the main verb, not at the comma before the cue.
            if (draft.Rule == nameof(Rules.ParticipialRule))
            {
                comma = k + 1;
                while (comma < cueFirst && !r.IsPunct(comma, ','))
                {
                    comma++;
                }
            }

            // A prepositional phrase there is the frame's adjunct, not an appositive ("al-Amr, in remarks to state television, said").
            // Nor is a sentence adverb alone between the commas ("The minister, however, said"; but "Ng, formerly an
            // adviser to the board, said" is an appositive).
            // "of" opens an affiliation, never an adjunct ("Mu Li, of the University of New South Wales, said").
            bool adjunct = (r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition && !r.Is(k + 1, "of"))
                || (comma == k + 2 && ClauseReader.IsParentheticalAdverb(r, k + 1));
            return r.IsPunct(comma, ',') && !adjunct && comma - k <= MaxModifierTokens && comma > k + 1 && Clean(r, positions, k + 1, comma)
                && !RelativeClauseWithStatement(r, drafts, k + 1, comma) ? comma - 1 : last;
        }

        // Speaker after the cue with the content after both: the appositive runs to the comma before the content
        // ("According to Jane Doe, the company's chief executive, | the plant will close").
        int end = sentenceEnd - 1;
        if (draft.Content.Start >= r.Tokens[k].Span.End)
        {
            // A participle citing where the source had it ("According to Yonhap, quoting KCNA, …") is the frame's, not the source's.
            end = positions.FirstTokenAtOrAfter(draft.Content.Start) - 1;
            if (end <= k + 1 || !r.IsPunct(end, ',') || positions.InQuote[end] || ClauseBreaks.IsSourceCiting(r, k + 1))
            {
                return last;
            }

            end--;
            return end - k <= MaxModifierTokens && Clean(r, positions, k + 1, end + 1) ? end : last;
        }

        // Speaker after the cue: the appositive runs to the sentence end, unless a quotation or a clause follows.
        while (end > k && r.Tokens[end].Kind == Text.TokenKind.Punctuation)
        {
            end--;
        }

        return end > k && end - k <= MaxModifierTokens && Clean(r, positions, k + 1, end + 1) && !draft.ContentOverlaps(r.SpanOf(k, end))
            && !(draft.Time is { } time && time.OverlapsWith(r.SpanOf(k, end))) ? end : last;
    }

    /// <summary>
    /// <c>A sign | on the door of the clinic said</c>: when the speaker is the head of a subject whose post-modifiers run
    /// up to the cue, the last token before the cue (and its auxiliaries and adverbs); else null.
    /// </summary>
    private static int? PostModifiersEnd(TokenReader r, DocumentPositions positions, StatementDraft draft, int last, int sentenceEnd)
    {
        if (draft.Cue is not { } cue || !r.IsLowerWord(last + 1))
        {
            return null;
        }

        int cueFirst = positions.FirstTokenAtOrAfter(cue.Start);
        if (cueFirst <= last + 1 || cueFirst >= sentenceEnd)
        {
            return null;
        }

        int end = cueFirst - 1;
        while (end > last + 1 && r.ClassOf(end) is WordClass.Auxiliary or WordClass.Adverb)
        {
            end--;
        }

        int first = positions.FirstTokenAtOrAfter(draft.Speaker!.Value.Start);
        int sentenceFirst = r.Document.Sentences[positions.SentenceOf(first)].FirstToken;
        if ((r.Is(last + 1, "who") || r.Is(last + 1, "that")) && MentionFinder.RestrictiveRelativeHead(r, end, first) is { } relativeHead
            && relativeHead.FirstToken == first && relativeHead.LastToken == last)
        {
            return end; // "People who live near the plant | say"
        }

        return MentionFinder.PhraseEndingAt(r, end, last + 1) is { } modifierObject
            && PostModifiedSubject.HeadBefore(r, modifierObject.FirstToken, sentenceFirst) is { } head && head.FirstToken == first && head.LastToken == last
            ? end
            : null;
    }

    /// <summary>
    /// <c>Harland, | which said in March that orders had bottomed out, | expects …</c>: a relative clause whose cue frames a
    /// statement of its own is that statement's frame, not a modifier of this one's source. A relative clause whose cue frames
    /// nothing stays (<c>Officials, who spoke on condition of anonymity, said</c>, <c>who asked not to be named</c>).
    /// </summary>
    private static bool RelativeClauseWithStatement(TokenReader r, List<StatementDraft> drafts, int first, int end)
    {
        if (!(r.Is(first, "who") || r.Is(first, "which")))
        {
            return false;
        }

        var clause = r.SpanOf(first, end - 1);
        foreach (var other in drafts)
        {
            if (other.Cue is { } cue && clause.Start <= cue.Start && cue.End <= clause.End)
            {
                return true; // a scan of the statements, made only for a relative clause right after a source
            }
        }

        return false;
    }

    /// <summary>Tokens [first, end) hold no quotation and no clause break (semicolon, colon, dash).</summary>
    private static bool Clean(TokenReader r, DocumentPositions positions, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (positions.InQuote[t] || r.IsPunct(t, ';') || r.IsPunct(t, ':') || r.Tokens[t].Kind == Text.TokenKind.Dash)
            {
                return false;
            }
        }

        return true;
    }
}
