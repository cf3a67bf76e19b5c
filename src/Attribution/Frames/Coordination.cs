using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// A cue in the second of two coordinated verb phrases (<c>S V1 … and CUE …</c>, <c>S V1 … but has long CUE …</c>): where
/// the coordinator stands, and the subject the two verb phrases share. Read by the rules that give such a cue its speaker
/// (<see cref="Rules.SharedSubjectRule"/>, <see cref="Rules.ConjoinedVerbRule"/>, <see cref="Rules.RaisingVerbRule"/>).
/// </summary>
internal static class Coordination
{
    /// <summary>The most tokens the first conjunct's verb phrase may have, quotations counted as one.</summary>
    private const int MaxFirstConjunct = 16;

    /// <summary>The most tokens a relative clause or appositive set off by commas between the subject and the first verb may have.</summary>
    private const int MaxSetOffTokens = 20;

    /// <summary>
    /// The coordinator (<c>and</c>, <c>or</c>, <c>but</c>) right before the verb group that ends at <paramref name="verb"/>,
    /// past its adverbs and a perfect auxiliary (<c>and said</c>, <c>but has long maintained</c>, <c>and repeatedly
    /// warned</c>), or -1. A subject between them (<c>and analysts warned</c>) makes it no coordination of verbs.
    /// </summary>
    public static int CoordinatorBefore(FrameContext f, int verb, int sFirst)
    {
        var r = f.Reader;
        int k = verb - 1;
        bool perfect = false;
        while (k > sFirst && r.IsLowerWord(k) && !f.Quotes.IsQuoted(k))
        {
            if (r.Is(k, "has") || r.Is(k, "have") || r.Is(k, "had"))
            {
                perfect = true;
            }
            else if (perfect || !(r.ClassOf(k) == WordClass.Adverb || (ClauseReader.IsParentheticalAdverb(r, k) && !r.Is(k, "however"))
                || (IsPerfect(r, k - 1) && r.ClassOf(k) == WordClass.None && !r.IsNoun(k) && !r.IsPronoun(k))))
            {
                break; // "has long maintained": one word between the auxiliary and the participle is its adverb
            }

            k--;
        }

        return k >= sFirst && f.Clause.JoinsVerbs(k) && !f.Quotes.IsQuoted(k) ? k : -1;
    }

    /// <summary>
    /// The subject of the first of two conjoined verb phrases (<c>S V1 … and CUE …</c>) when the first conjunct is short and
    /// holds no clause of its own: the main clause's subject, past a relative clause or an appositive set off by commas
    /// (<c>Lula, who visited the region on Saturday, promised federal aid and said …</c>). A quotation inside the first conjunct
    /// (<c>acknowledged the plan “will hurt” but said …</c>) and <c>as</c> after a cue (<c>described the talks as productive
    /// and warned …</c>) belong to it. Null for a passive or copular first conjunct, first person, or one with a comma, a
    /// relative pronoun or a subordinator of its own. <paramref name="coordinator"/> is the <c>and</c> or <c>but</c>.
    /// </summary>
    public static Mention? FirstConjunctSubject(FrameContext f, int coordinator, int sFirst)
    {
        var r = f.Reader;
        var quotes = f.Quotes;
        int and = r.IsPunct(coordinator - 1, ',') ? coordinator - 1 : coordinator; // "praised the plan, but said …"
        sFirst = Dateline.Skip(r, sFirst, and); // "WASHINGTON (AP) — Senate Democrats unveiled a bill and said …"
        if (f.Clause.ClauseSubject(sFirst, and) is not { } subject || f.Clause.IsFirstPerson(subject))
        {
            return null;
        }

        int verb = AfterTime(r, subject.LastToken + 1, and); // "Senate Democrats on Thursday unveiled a bill and said …"
        if (r.IsPunct(verb, ',') && VerbAfterSetOff(f, verb, and) is int afterSetOff
            && f.Clause.SubjectBefore(afterSetOff, sFirst) is { } setOffSubject && setOffSubject.FirstToken == subject.FirstToken)
        {
            subject = setOffSubject;
            verb = afterSetOff;
        }
        else if (!r.IsLowerWord(verb) || r.ClassOf(verb) != WordClass.None)
        {
            // The phrase ran on into the verb ("Senator Maria Lopez met", "The bank cut"): its last plain
            // lower-case word is the verb, and the subject ends before it.
            for (int k = subject.LastToken; k > subject.FirstToken; k--)
            {
                if (r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None && !r.IsNoun(k) && !r.IsPossessive(k + 1))
                {
                    verb = k;
                    subject = new Mention(r.SpanOf(subject.FirstToken, k - 1), subject.FirstToken, k - 1, MentionFinder.Classify(r, subject.FirstToken, k - 1));
                    break;
                }
            }
        }

        while (verb < and && (r.ClassOf(verb) == WordClass.Adverb || IsPerfect(r, verb)))
        {
            verb++; // "has cut costs but …": a perfect auxiliary keeps the first conjunct active
        }

        // "The driver was stopped and told to leave": a passive or copular first conjunct has no speaker.
        if (verb >= and - 1 || !r.IsLowerWord(verb) || r.ClassOf(verb) != WordClass.None || quotes.IsQuoted(verb))
        {
            return null;
        }

        bool cueVerb = f.Clause.IsCueAt(verb);
        int length = 0;
        for (int k = verb; k < and; k++, length++)
        {
            if (quotes.IsQuoted(k))
            {
                // A quotation inside the verb phrase ("acknowledged the plan “will hurt”") is part of it, closed before the coordinator.
                var piece = quotes.Pieces[quotes.PieceOf(k)];
                if (piece.FirstToken != k || !piece.Closed || piece.LastToken >= and)
                {
                    return null;
                }

                k = piece.LastToken;
                continue;
            }

            if (IsDemonstrativeTime(r, k))
            {
                k++; // "called me that night and said": a time, not a relative clause
                length++;
                continue;
            }

            if (r.IsPunct(k, ',') || r.IsPunct(k, ';') || r.IsPunct(k, ':') || (r.TagsOf(k) & WordTags.RelativePronoun) != 0
                || (r.ClassOf(k) == WordClass.Auxiliary && !IsPossessiveAfterNoun(r, k))
                || (r.ClassOf(k) == WordClass.Subordinator && !(cueVerb && r.Is(k, "as"))))
            {
                return null; // "described the talks as productive": "as" after a cue names what it calls them
            }
        }

        return length > MaxFirstConjunct ? null : subject;
    }

    /// <summary><c>called me that night and said</c>: <c>that</c> or <c>this</c> before a time word is a determiner of time, not a subordinator.</summary>
    private static bool IsDemonstrativeTime(TokenReader r, int k) =>
        (r.Is(k, "that") || r.Is(k, "this")) && MentionFinder.IsTimeWord(r, k + 1) && !r.Is(k + 1, "last") && !r.Is(k + 1, "earlier");

    /// <summary><c>the state's history</c>: an apostrophe-s after a plain noun in the verb phrase is a possessive, not <c>is</c> or <c>has</c>.</summary>
    private static bool IsPossessiveAfterNoun(TokenReader r, int k) => r.IsPossessive(k) && r.IsWord(k - 1) && !r.IsPronoun(k - 1) && r.ClassOf(k - 1) == WordClass.None;

    /// <summary>The token after a time adjunct at <paramref name="k"/> (<c>on Thursday</c>, <c>last week</c>, <c>on May 3</c>), or <paramref name="k"/>.</summary>
    private static int AfterTime(TokenReader r, int k, int end)
    {
        int t = r.ClassOf(k) is WordClass.NounPreposition or WordClass.Preposition && MentionFinder.IsTimeWord(r, k + 1) ? k + 1 : k;
        if (!MentionFinder.IsTimeWord(r, t) || (r.Is(t, "may") && r.IsLowerWord(t)))
        {
            return k;
        }

        while (t < end && (MentionFinder.IsTimeWord(r, t) || r.Tokens[t].Kind == Text.TokenKind.Number))
        {
            t++;
        }

        return t;
    }

    private static bool IsPerfect(TokenReader r, int k) => r.Is(k, "has") || r.Is(k, "have") || r.Is(k, "had");

    /// <summary>
    /// The verb after a relative clause or appositive set off by commas right after the subject (<c>Lula, who visited the
    /// region on Saturday, | promised</c>): the token after the closing comma, when it is a plain lower-case word and no
    /// quotation comes first; null otherwise.
    /// </summary>
    private static int? VerbAfterSetOff(FrameContext f, int comma, int end)
    {
        var r = f.Reader;
        for (int k = comma + 1; k < end && k - comma <= MaxSetOffTokens; k++)
        {
            if (f.Quotes.IsQuoted(k))
            {
                return null;
            }

            if (r.IsPunct(k, ','))
            {
                int verb = k + 1;
                while (verb < end && r.ClassOf(verb) == WordClass.Adverb)
                {
                    verb++;
                }

                return verb < end && r.IsLowerWord(verb) && r.ClassOf(verb) == WordClass.None ? verb : null;
            }
        }

        return null;
    }
}
