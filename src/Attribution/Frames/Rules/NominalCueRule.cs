using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A noun of saying (nominal-cues.txt) with its source and its content: the possessor speaks (<c>his</c>, <c>the
/// ministry's</c>) or the phrase after <c>by</c>/<c>from</c> does, and the content is the that-clause after the
/// noun, or its to-infinitive for a commitment (<c>her promise to …</c>). When the noun phrase is the subject of its
/// sentence, the content ends before the sentence's own verb (<c>His claim that the vote was rigged | angered officials</c>).
/// <list type="bullet">
/// <item>Matches: <c>His claim that the vote was rigged angered officials.</c> (speaker: His); <c>The ministry's assertion that the
/// border was secure drew ridicule.</c>; <c>the warning from the weather service that the river would crest</c>; <c>her promise to cut taxes</c>;
/// <c>The warning that rates would rise came from the central bank.</c> (a subject noun phrase whose source follows its content:
/// <c>came from X</c>, or a passive of an issuing verb, <c>was posted by X</c>).</item>
/// <item>Refuses (no statement): <c>the claim that the vote was rigged</c> and <c>a warning that the dam could fail</c> with no source
/// (PARC may count them, with no speaker; we prefer precision); <c>The claim that he made was false.</c> (a relative clause).</item>
/// <item>Not its nouns: <c>the fact that</c>, <c>the idea that</c>, <c>the possibility that</c> (no act of saying).</item>
/// </list>
/// </summary>
internal sealed class NominalCueRule : FrameRule
{
    /// <summary>How many modifiers may stand between the source and the noun (<c>his repeated false claim</c>); never a noun (<c>some analysts claim</c>).</summary>
    private const int MaxModifiers = 2;

    /// <summary>How far a content's verb group is sought after its subject.</summary>
    private const int MaxVerbGroupTokens = 4;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var noun = site.Entry.IsNominal ? site.Entry : r.Lexicons.TryGetNominalCue(r.Text(site.First), out var n) ? n : null;
        if (noun is null || !r.IsLowerWord(site.First))
        {
            return false;
        }

        int left = site.Previous;
        for (int m = 0; m < MaxModifiers && left > site.LeftLimit && r.IsLowerWord(left) && r.ClassOf(left) == WordClass.None
            && !r.IsNoun(left) && !f.Clause.LooksPlural(left); m++)
        {
            left--; // "his repeated claim", "the ministry's latest assertion"
        }

        if (left < site.LeftLimit)
        {
            return site.Entry.IsNominal; // a verb form ("Claim …") goes on to the other rules; a noun is never a verb
        }

        Mention? speaker = null;
        int phraseFirst = left;
        if (r.IsWord(left) && Pronouns.IsThirdPersonPossessive(r.Text(left)))
        {
            speaker = new Mention(r.SpanOf(left, left), left, left, MentionKind.Pronoun); // "His claim", resolved to whom "his" is
        }
        else if (r.IsPossessive(left) && f.Clause.PhraseEndingAt(left - 1, site.LeftLimit) is { } owner)
        {
            speaker = owner; // "the ministry's assertion"
            phraseFirst = owner.FirstToken;
        }
        else if (r.ClassOf(left) != WordClass.Determiner)
        {
            return site.Entry.IsNominal; // not a noun phrase we read: a verb form goes on to the other rules
        }

        // "The trade body forecasts $4 billion …", "The company estimates that …": a noun of belief spelled like a verb cue, after a
        // bare determiner and a modifier, is the verb of its sentence; the verb rules read it (NounUseGuard still refuses
        // "the forecast that …").
        bool verbSpelling = !site.Entry.IsNominal && noun.Class == CueClass.Belief;
        if (verbSpelling && speaker is null && left != site.Previous)
        {
            return false;
        }

        int next = site.End;
        if (speaker is null && (r.Is(next, "by") || r.Is(next, "from")) && f.Clause.PhraseAt(next + 1, site.SentenceLast + 1, allowObjectPronoun: false) is { } source)
        {
            speaker = source; // "the warning from the weather service that …"
            next = source.LastToken + 1;
        }

        // From here the word is a noun after its determiner or possessor, so the rule settles it: a statement when
        // it has both a source and a content; none for "the claim that …" with no source (precision over PARC's
        // sourceless attributions) or "his claims were false" with no content.
        if (ReadContent(f, site, noun, next, phraseFirst) is not { } found)
        {
            return !verbSpelling || speaker is not null;
        }

        if (speaker is null && (phraseFirst == site.SentenceFirst || f.Clause.IsClauseOpening(phraseFirst, site.SentenceFirst)))
        {
            speaker = SourceAfterContent(f, found.LastToken + 1, site.SentenceLast); // "The warning that … | came from the central bank"
        }

        if (speaker is null)
        {
            return !verbSpelling;
        }

        var nominalSite = site with { Cue = site.Cue with { Entry = noun } };
        f.Add(nominalSite, speaker, addressee: null, found, FrameConfidence.NominalCue, carriedFrom: -1);
        return true;
    }

    /// <summary>
    /// The source named after the content of a subject noun phrase: <c>came from X</c> (<c>The warning that rates would rise |
    /// came from the central bank</c>) or a passive of an issuing verb with <c>by X</c> (<c>The announcement that the plant would
    /// close | was posted by the union</c>). A passive of any other verb names no source (<c>The claim that … was rejected by
    /// the court</c>: the court did not claim it).
    /// </summary>
    private static Mention? SourceAfterContent(FrameContext f, int verb, int sLast)
    {
        var r = f.Reader;
        if (verb > sLast || f.Quotes.IsQuoted(verb) || !r.IsLowerWord(verb))
        {
            return null;
        }

        int preposition;
        if (r.Is(verb, "came") || r.Is(verb, "comes") || r.Is(verb, "come"))
        {
            preposition = verb + 1;
        }
        else if ((r.Is(verb, "was") || r.Is(verb, "were")) && r.IsLowerWord(verb + 1) && (r.TagsOf(verb + 1) & WordTags.IssuingVerb) != 0)
        {
            preposition = verb + 2;
        }
        else
        {
            return null;
        }

        bool from = r.Is(preposition, "from") || (r.Is(preposition, "by") && preposition == verb + 2);
        return from && !f.Quotes.IsQuoted(preposition + 1) ? f.Clause.PhraseAt(preposition + 1, sLast + 1, allowObjectPronoun: false) : null;
    }

    private static ContentMatch? ReadContent(FrameContext f, in CueSite site, CueEntry noun, int next, int phraseFirst)
    {
        var r = f.Reader;
        var clause = f.Clause;
        bool subjectPhrase = phraseFirst == site.SentenceFirst || clause.IsClauseOpening(phraseFirst, site.SentenceFirst);
        if (noun.TakesInfinitive && clause.IsInfinitiveAt(next, site.SentenceLast))
        {
            // "Their hope to win the seat | faded": as with a that-clause, the sentence's own verb ends a subject's content.
            var infinitive = f.Content.Content(next, forceMixedOnQuote: true);
            return infinitive is { } found && subjectPhrase ? BeforeMainVerb(f, found, next + 1) : infinitive;
        }

        if (!r.Is(next, "that") || f.Quotes.IsQuoted(next) || clause.IsDemonstrativeThat(next)
            || (BareSubjectLast(f, next + 1, site.SentenceLast) ?? clause.PhraseAt(next + 1, site.SentenceLast + 1, allowObjectPronoun: false)?.LastToken) is not int subjectLast)
        {
            return null; // "the claim that was made": a relative clause with its subject gone
        }

        int verb = subjectLast + 1;
        int auxiliaries = 0;
        while (verb <= site.SentenceLast && verb - subjectLast <= MaxVerbGroupTokens && r.ClassOf(verb) is WordClass.Auxiliary or WordClass.Adverb)
        {
            auxiliaries += r.ClassOf(verb) == WordClass.Auxiliary ? 1 : 0;
            verb++; // "was | rigged", "would | stay": the main verb (or a copula's complement) follows
        }

        if (auxiliaries == 0 && EndsClause(f, verb + 1, site.SentenceLast))
        {
            return null; // "The claim that he made was false": the verb has lost its object to the noun
        }

        if (f.Content.Content(next + 1, forceMixedOnQuote: true) is not { } content)
        {
            return null;
        }

        return subjectPhrase ? BeforeMainVerb(f, content, verb) : content;
    }

    /// <summary>How many plain words a bare subject may have (<c>interest rates</c>, <c>crude oil prices</c>).</summary>
    private const int MaxBareSubjectWords = 3;

    /// <summary>
    /// The last word of a bare plural or mass-noun subject the mention reader does not take for a phrase (<c>that | interest rates |
    /// would rise</c>, <c>that | prices | had peaked</c>): plain lower-case words followed by an auxiliary or a past form; else null.
    /// </summary>
    private static int? BareSubjectLast(FrameContext f, int first, int sLast)
    {
        var r = f.Reader;
        int k = first;
        while (k <= sLast && k - first < MaxBareSubjectWords && r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None && !r.IsPronoun(k)
            && !f.Quotes.IsQuoted(k) && !f.Clause.IsPredicateStart(k, sLast))
        {
            k++;
        }

        return k > first && k <= sLast && (r.ClassOf(k) == WordClass.Auxiliary || f.Clause.IsPredicateStart(k, sLast)) ? k - 1 : null;
    }

    // A lone past verb followed (after a time or place adjunct) by the end of a clause, an auxiliary or another
    // verb: "that he made | was false", "that he made on Tuesday | was false".
    private static bool EndsClause(FrameContext f, int after, int sLast)
    {
        var r = f.Reader;
        Mention? ignored = null;
        after = f.Clause.SkipAdjuncts(after, sLast, ref ignored);
        return after > sLast || r.IsPunct(after, ',') || r.IsPunct(after, '.') || r.ClassOf(after) == WordClass.Auxiliary || f.Clause.IsPredicateStart(after, sLast);
    }

    // "His claim that the vote was rigged | angered officials": the noun phrase is the subject, so its sentence's verb ends the content.
    private static ContentMatch BeforeMainVerb(FrameContext f, ContentMatch content, int mainVerb)
    {
        var r = f.Reader;
        for (int k = mainVerb + 1; k <= content.LastToken; k++)
        {
            if (f.Quotes.IsQuoted(k) || r.IsPunct(k, ',') || (r.TagsOf(k) & WordTags.RelativePronoun) != 0 || r.ClassOf(k) is WordClass.Coordinator or WordClass.Subordinator)
            {
                break; // "… rigged by officials who wanted …": a later verb belongs to another clause
            }

            if (f.Clause.IsPredicateStart(k, content.LastToken + 1))
            {
                int last = k - 1;
                return last < content.FirstToken ? content : content with { Content = r.SpanOf(content.FirstToken, last), LastToken = last };
            }
        }

        return content;
    }
}
