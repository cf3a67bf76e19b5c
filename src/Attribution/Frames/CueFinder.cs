using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>Finds cue words and phrases outside quotations, in one pass over the tokens.</summary>
internal static class CueFinder
{
    public static List<CueHit> Find(TokenReader r, QuoteLayout quotes, int[] sentenceOf) => Find(r, quotes, sentenceOf, []);

    /// <summary>Adds the cues, in token order, to <paramref name="hits"/> (cleared first) and returns it.</summary>
    public static List<CueHit> Find(TokenReader r, QuoteLayout quotes, int[] sentenceOf, List<CueHit> hits)
    {
        hits.Clear();
        var sentences = r.Document.Sentences;
        int checkedParagraph = -1;
        bool headline = false;
        // Most tokens are no cue word: the document's per-token roles step over them before the checks below and the cue
        // look-up (the headline check is made once per paragraph whatever asks first, so skipping it changes nothing).
        for (int t = r.NextWithRole(0, WordRoles.Cue); t < r.Count; t = r.NextWithRole(t + 1, WordRoles.Cue))
        {
            if (!r.IsWord(t) || quotes.IsQuoted(t))
            {
                continue;
            }

            var word = r.Text(t);
            bool capitalizedInside = char.IsUpper(word[0]) && t != sentences[sentenceOf[t]].FirstToken && !r.IsQuoteMark(t - 1) && !r.IsPunct(t - 1, '(');
            if (capitalizedInside)
            {
                int paragraph = sentences[sentenceOf[t]].Paragraph;
                if (paragraph != checkedParagraph)
                {
                    checkedParagraph = paragraph; // each paragraph is checked once, so the pass stays linear
                    headline = Headline.IsTitleCase(r, r.Document.Paragraphs[paragraph]);
                }

                if (!headline)
                {
                    continue; // a capitalised cue word mid-sentence is a name (Mark Post, Faith Hope)
                }
            }

            if (!r.Lexicons.TryGetCueWord(word, r.WordHash(t), out var cue))
            {
                continue;
            }

            if (cue.Phrasal is null && r.IsCueWordAsModifier(t))
            {
                continue; // "said state Sen. Phil Roarke", "“…,” state officials said": a modifier in the speaker's phrase
            }

            if (capitalizedInside && cue.Single is not { Form: VerbForm.ThirdPerson or VerbForm.Past })
            {
                continue; // a headline reports in the present or past (Trump Says …); "Senate Report" is a noun
            }

            if (cue.Phrasal is { } phrasal && MatchPhrasal(r, quotes, t, phrasal) is { } hit)
            {
                hits.Add(hit);
                t = hit.Last;
                continue;
            }

            if (cue.Single is { } single)
            {
                hits.Add(new CueHit(t, t + 1, single));
            }
            else if (cue.Nominal is { } noun)
            {
                hits.Add(new CueHit(t, t + 1, noun)); // "assertion": only a noun; "claim" is found as the verb and read as a noun by NominalCueRule
            }
            else if (cue.Predicative is { } adjective)
            {
                hits.Add(new CueHit(t, t + 1, adjective)); // "confident"; "worried" is found as the verb and read as an adjective by PredicativeSourceRule
            }
        }

        return hits;
    }

    private static CueHit? MatchPhrasal(TokenReader r, QuoteLayout quotes, int t, CueEntry[] candidates)
    {
        foreach (var entry in candidates)
        {
            bool match = true;
            for (int k = 0; k < entry.Rest.Length; k++)
            {
                int i = t + 1 + k;
                if (!r.Is(i, entry.Rest[k]) || quotes.IsQuoted(i))
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return new CueHit(t, t + 1 + entry.Rest.Length, entry);
            }
        }

        return null;
    }
}
