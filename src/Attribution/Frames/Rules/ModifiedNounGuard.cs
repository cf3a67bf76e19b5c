using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a base-form cue after a plain modifier or a singular person or source noun: it is a noun.
/// <list type="bullet">
/// <item>Settles (no statement): <c>a fair report on the case</c>; <c>its recent claim</c>; <c>in a blog post</c>; <c>The talk show drew record ratings.</c></item>
/// <item>Lets through: <c>The results show …</c> (a plural noun before the verb); <c>Residents who live near the plant say …</c>; <c>Officials say …</c>; <c>They claim …</c>; <c>which claim …</c>;
/// <c>Those close to the senator say …</c>, <c>Some in the caucus argue …</c> (a plural head before its modifiers).</item>
/// </list>
/// </summary>
internal sealed class ModifiedNounGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        if (site.Entry.Form != VerbForm.Base || prev < site.SentenceFirst || !r.IsLowerWord(prev))
        {
            return false;
        }

        if (MentionFinder.RestrictiveRelativeHead(r, prev, site.LeftLimit) is { } head && (r.IsPronoun(head.LastToken) || r.TagsOf(head.LastToken).HasFlag(WordTags.Plural) || f.Clause.LooksPlural(head.LastToken)
            || FunctionWords.IsPluralPersonNoun(r.Text(head.LastToken)) || r.Is(head.LastToken, "those")))
        {
            return false; // "People who live near the plant say": the verb agrees with the head before the relative clause
        }

        if (f.SubjectOf(site) is { } subject && FunctionWords.IsPluralPeopleOpener(r.Text(subject.FirstToken)))
        {
            return false; // "Those close to the senator say", "Some in the caucus argue": the verb agrees with the plural head
        }

        if (InscriptionReads(f, site))
        {
            return false; // "A sign on the door read “Closed.”": a past tense spelled like the base form, after the thing bearing the text
        }

        if (r.ClassOf(prev) == WordClass.None && !r.IsNoun(prev) && !r.IsPronoun(prev)
            && (r.TagsOf(prev) & WordTags.RelativePronoun) == 0 && !f.Clause.LooksPlural(prev))
        {
            return true; // "a fair report", "its recent claim": a noun after a modifier
        }

        // "in a blog post", "the spokesman report": a singular noun does not take a base-form verb, so the cue is a noun
        return (r.TagsOf(prev) & (WordTags.PersonNoun | WordTags.SourceNoun)) != 0 && (r.TagsOf(prev) & (WordTags.Plural | WordTags.GroupNoun)) == 0;
    }

    /// <summary>
    /// <c>A sign on the door read “Closed until further notice.”</c>, <c>The note read: “…”</c>: a subject headed by a thing that bears
    /// a text (inscription-nouns.txt) or a document, then the cue and a quotation straight after it (or after a colon or comma). A noun
    /// (<c>a good read</c>) is never followed by its own quotation, so the cue is the verb, in a past tense that looks like its base.
    /// </summary>
    private static bool InscriptionReads(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        if (!site.Entry.PastSpelledAsBase)
        {
            return false; // "in a blog post “…”": a noun, whose past would be spelled otherwise
        }

        int next = r.IsPunct(site.End, ':') || r.IsPunct(site.End, ',') ? site.End + 1 : site.End;
        return f.Quotes.PieceOf(next) is int piece and >= 0 && f.Quotes.Pieces[piece].FirstToken == next
            && f.SubjectOf(site) is { } subject && (r.TagsOf(subject.LastToken) & (WordTags.InscriptionNoun | WordTags.SourceNoun)) != 0;
    }
}
