using Attribution.Frames.Rules;

namespace Attribution.Frames;

/// <summary>
/// Matches the attribution frame around each cue by handing it to the frame rules in their order
/// (<see cref="FrameRules.CueRules"/>) until one settles it. Every rule looks at a bounded window (a
/// sentence, a quotation piece, a few dozen tokens), so matching all cues is linear in the document.
/// </summary>
internal sealed class FrameMatcher
{
    private readonly FrameContext _frame;
    private readonly FrameRule[] _rules;

    public FrameMatcher(FrameContext frame)
    {
        _frame = frame;
        _rules = frame.Rules.CueRules;
    }

    /// <summary>The frame candidates in cue order; a candidate may name another as the source of its speaker.</summary>
    public List<Candidate> Candidates => _frame.Candidates;

    public void Match(CueHit cue)
    {
        var f = _frame;
        var site = SiteOf(cue);
        f.Complement = null;
        var rules = _rules;
        for (int i = 0; i < rules.Length; i++)
        {
            f.RuleIndex = i;
            if (rules[i].TryMatch(f, site))
            {
                break;
            }
        }

        f.RuleIndex = -1;
    }

    /// <summary>
    /// Where <paramref name="cue"/> stands: its sentence and how far back its speaker may be. A wire dateline that opens
    /// the paragraph (<c>WASHINGTON (Reuters) -</c>) is no part of the sentence, so the sentence starts after it and a
    /// rule that reads the clause's subject from the sentence start finds <c>The Federal Reserve</c>, not the dateline.
    /// </summary>
    public CueSite SiteOf(CueHit cue)
    {
        int s = _frame.SentenceOf[cue.First];
        var sentence = _frame.Sentences[s];
        int first = sentence.FirstToken;
        if (s == 0 || _frame.Sentences[s - 1].Paragraph != sentence.Paragraph)
        {
            first = Math.Min(Dateline.Skip(_frame.Reader, first, sentence.EndToken), cue.First);
        }

        return new CueSite(cue, s, first, sentence.EndToken - 1, _frame.Clause.LeftLimit(cue.First, first));
    }
}
