namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a cue word inside the object an earlier frame of the sentence took as its content without a clause: what a
/// characterising cue called or accused (<c>called the Republican demands “a ransom note”</c>) or what a forecast
/// foresaw (<c>forecast slower growth in exports</c>). The word is a noun there (<c>demands</c>, <c>exports</c>), and
/// reading it as a verb would make a second statement with half the object as its speaker.
/// <list type="bullet">
/// <item>Settles (no statement): <c>Bradley called the Republican demands “a ransom note” and said …</c> (<c>demands</c>);
/// <c>The treasurer called the quarterly figures disappointing.</c> (<c>figures</c>, in the object of a characterisation without quotes).</item>
/// <item>Lets through: <c>The mayor called the plan “reckless,” and aides said the vote would wait.</c> (the cue is past the
/// object); a cue inside a that-clause or a bare clause (<c>She said the union demands a raise.</c>: a nested statement
/// is read as usual).</item>
/// </list>
/// </summary>
internal sealed class CueInObjectGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        int start = f.Reader.Tokens[site.First].Span.Start;
        for (int i = f.Candidates.Count - 1; i >= 0; i--)
        {
            var earlier = f.Candidates[i];
            if (earlier.Sentence != site.Sentence)
            {
                return false;
            }

            var draft = earlier.Draft;
            if (draft.Content.Start <= start && start < draft.Content.End
                && draft.ComplementRule is nameof(QuoteDemandingCueRule) or nameof(CharacterisationRule) or nameof(ObjectContentRule) or nameof(ObjectGerundRule))
            {
                return InObjectPhrase(f, site.First, draft.Content.Start);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from the content's start to the cue are one noun phrase's modifiers (<c>the Republican | demands</c>):
    /// no quotation, preposition, pronoun or clause word between, and only a few words.
    /// </summary>
    private static bool InObjectPhrase(FrameContext f, int cue, int contentStart)
    {
        var r = f.Reader;
        for (int k = cue - 1; k >= 0 && r.Tokens[k].Span.Start >= contentStart; k--)
        {
            if (cue - k > MaxModifiers || f.Quotes.IsQuoted(k) || !r.IsWord(k) || r.IsPronoun(k)
                || r.ClassOf(k) is not (Lexicons.WordClass.None or Lexicons.WordClass.Determiner))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words may stand before the cue in the object (<c>the new Republican budget | demands</c>).</summary>
    private const int MaxModifiers = 4;
}
