using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue in a title-case headline or deck (<c>Powell Warns Inflation Remains Too High</c>): the subject before the cue
/// speaks and the rest of the line is the content. Capitals hide what the other complement readers look for (a
/// lower-case verb, a lower-case infinitive), and they make any run of words look like a name the cue could take as its
/// addressee, so the line is read here: an addressee only when a clause or an infinitive follows it, then a
/// that-clause, an infinitive of a commitment or request, or a clause with a visible verb.
/// <list type="bullet">
/// <item>Matches: <c>Powell Warns Inflation Remains Too High</c>; <c>Mayor Vows to Fight State Cuts</c>;
/// <c>Senator Urges Congress to Act</c> (addressee: Congress); <c>Trump Claims He Won</c>; <c>Fed Signals Rate Cuts Ahead</c>;
/// <c>Trump Tells Reporters He Will Not Concede</c> (addressee: Reporters).</item>
/// <item>Refuses (no statement): <c>Biden Warns Russia Over Ukraine</c> and <c>Trump Claims Victory in Ohio</c> (a noun
/// phrase, no clause); <c>Storm Threatens to Flood Valley</c> (a thing commits to nothing); <c>Minister Warns of Risks</c>.
/// <c>Apple Unveils New iPhone</c> has no cue at all: only the cue lexicon's verbs are read, and
/// <see cref="CueFinder"/> lets a capitalised one through only in a title-case paragraph (<see cref="Headline"/>).</item>
/// </list>
/// </summary>
internal sealed class HeadlineFrameRule : FrameRule
{
    /// <summary>How many words the reported clause's subject may have before its verb (<c>Number of Nesting Birds Fell</c>).</summary>
    private const int MaxSubjectWords = 5;

    /// <summary>How many words an addressee may have before its clause or infinitive (<c>Urges Senate Leaders to …</c>).</summary>
    private const int MaxAddresseeWords = 3;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        if (!IsHeadlineCue(r, site) || f.Clause.IsPassive(site.First, site.SentenceFirst) || f.SubjectOf(site) is not { } speaker)
        {
            return false;
        }

        int sLast = site.SentenceLast;
        var entry = site.Entry;
        int p = site.End;
        Mention? addressee = null;
        if (entry.TakesAddressee && AddresseeAt(f, entry, p, sLast) is { } told)
        {
            addressee = told;
            p = told.LastToken + 1;
        }

        int start;
        if (r.Is(p, "that") && p < sLast)
        {
            start = p + 1; // the content starts after the complementiser, as ThatClauseRule's does
        }
        else if (entry.TakesInfinitive && IsInfinitiveAt(r, p, sLast))
        {
            if (!f.Clause.CanCommit(speaker))
            {
                return true; // "Storm Threatens to Flood Valley": a thing commits to nothing
            }

            start = p;
        }
        else if (IsClauseAt(f, p, sLast))
        {
            start = p;
        }
        else
        {
            return false; // "Trump Claims Victory in Ohio": no clause; the other rules may still read a quotation
        }

        if (f.Content.Content(start, forceMixedOnQuote: true) is not { } content)
        {
            return false;
        }

        f.Complement = null;
        f.Add(site, speaker, addressee, content, FrameConfidence.HeadlineFrame, carriedFrom: -1);
        return true;
    }

    /// <summary>
    /// A capitalised cue that does not open its sentence: <see cref="CueFinder"/> keeps such a cue only in a title-case
    /// headline, as a present or past verb.
    /// </summary>
    private static bool IsHeadlineCue(TokenReader r, in CueSite site) =>
        site.First > site.SentenceFirst && r.IsCapitalized(site.First) && !r.IsQuoteMark(site.Previous) && !r.IsPunct(site.Previous, '(');

    /// <summary>
    /// The one addressed (<c>Urges Congress | to Act</c>, <c>Tells Reporters | He Will …</c>): a short noun phrase followed by
    /// an infinitive (for a cue that takes one), <c>That</c>, or a clause; else none, so <c>Warns Inflation Remains …</c>
    /// keeps its clause's subject.
    /// </summary>
    private static Mention? AddresseeAt(FrameContext f, CueEntry entry, int p, int sLast)
    {
        var r = f.Reader;
        if (f.Clause.PhraseAt(p, sLast + 1, allowObjectPronoun: true) is not { } phrase || phrase.LastToken - phrase.FirstToken >= MaxAddresseeWords)
        {
            return null;
        }

        int after = phrase.LastToken + 1;
        bool follows = (entry.TakesInfinitive && IsInfinitiveAt(r, after, sLast)) || (r.Is(after, "that") && after < sLast)
            || (IsSubjectPronoun(r, after) && after < sLast);
        return follows ? phrase : null;
    }

    /// <summary><c>to Fight …</c>: "to" and a word that is no pronoun, number or time (<c>to Reporters</c> may still slip through, as a headline hides nouns).</summary>
    private static bool IsInfinitiveAt(TokenReader r, int to, int sLast) =>
        r.Is(to, "to") && to < sLast && r.IsWord(to + 1) && r.ClassOf(to + 1) == WordClass.None && !r.IsPronoun(to + 1) && !r.IsNoun(to + 1);

    private static bool IsSubjectPronoun(TokenReader r, int k) => r.IsPronoun(k) && r.ClassOf(k) != WordClass.ObjectPronoun;

    /// <summary>
    /// A clause in title case: a subject pronoun and a word after it (<c>He Won</c>), or a noun phrase of at most
    /// <see cref="MaxSubjectWords"/> words followed by a word a verb shows itself by: an auxiliary (<c>Will</c>, <c>Is</c>),
    /// a past in -ed or an irregular past, or a present in -s after the first word (<c>Inflation Remains</c>) and before any
    /// preposition, whose object's plural looks the same (<c>Claims Victory in Ohio Counties</c>). A preposition or
    /// conjunction first opens no clause (<c>Warns of Risks</c>).
    /// </summary>
    private static bool IsClauseAt(FrameContext f, int p, int sLast)
    {
        var r = f.Reader;
        if (p >= sLast || !r.IsWord(p) || f.Quotes.IsQuoted(p))
        {
            return false;
        }

        if (IsSubjectPronoun(r, p))
        {
            return true;
        }

        if (r.ClassOf(p) is not (WordClass.None or WordClass.Determiner))
        {
            return false;
        }

        bool afterPreposition = false;
        for (int k = p + 1; k <= sLast && k - p <= MaxSubjectWords && r.IsWord(k) && !f.Quotes.IsQuoted(k); k++)
        {
            var cls = r.ClassOf(k);
            afterPreposition |= cls is WordClass.Preposition or WordClass.NounPreposition;
            if (cls == WordClass.Auxiliary)
            {
                return true;
            }

            if (cls is WordClass.Coordinator or WordClass.Subordinator)
            {
                return false;
            }

            if (cls != WordClass.None || r.IsPronoun(k) || r.IsNoun(k))
            {
                continue; // "Number of Nesting Birds": a preposition or a known noun inside the subject
            }

            var word = r.Text(k);
            if (FunctionWords.IsIrregularPast(word) || (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                || (!afterPreposition && word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i'))
            {
                return true;
            }
        }

        return false;
    }
}
