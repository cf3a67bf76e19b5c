using Attribution.Lexicons;

namespace Attribution.Mentions;

/// <summary>
/// A subject whose head noun phrase opens the clause and whose post-modifiers run up to the verb: a reduced relative
/// clause (<c>the documents released by the committee</c>, <c>A leaked letter seen by Sky News</c>), an -ing modifier
/// (<c>A new study tracking teenagers</c>) or prepositional phrases (<c>Posts on the message board for critics</c>).
/// The nearest noun phrase before the verb is then only the last modifier's object; the head is the source.
/// </summary>
internal static class PostModifiedSubject
{
    /// <summary>How many post-modifiers (participles or prepositional phrases) may stand between a subject's head and the verb.</summary>
    private const int MaxPostModifiers = 4;

    /// <summary>The longest determiner-less object between two post-modifier links, in words (<c>iodine nutrition levels</c>).</summary>
    private const int MaxBareNouns = 3;

    /// <summary>
    /// The head noun phrase of a subject whose modifiers end with the phrase starting at <paramref name="modifierObject"/>;
    /// the head must start the clause (at <paramref name="clauseFirst"/> or after a comma), else null: a phrase that
    /// starts anywhere else is an object, not a subject.
    /// </summary>
    public static Mention? HeadBefore(TokenReader r, int modifierObject, int clauseFirst)
    {
        int current = modifierObject;
        for (int step = 0; step < MaxPostModifiers; step++)
        {
            int link = current - 1;
            if (link - 1 < clauseFirst || !r.IsLowerWord(link))
            {
                return null;
            }

            int headLast;
            if (FunctionWords.IsPreposition(r.Text(link)))
            {
                headLast = IsParticiple(r, link - 1) ? link - 2 : link - 1; // "published in", "seen by" / "posts on"
            }
            else if (r.Text(link).EndsWith("ing", StringComparison.Ordinal) && IsParticiple(r, link))
            {
                headLast = link - 1; // "a study tracking"
            }
            else
            {
                return null;
            }

            if (headLast < clauseFirst || !r.IsWord(headLast))
            {
                return null;
            }

            if (IsPeopleQuantifierHead(r, link, headLast, clauseFirst))
            {
                return new Mention(r.SpanOf(headLast, headLast), headLast, headLast, MentionKind.Nominal); // "Many in the party", "Those at the meeting"
            }

            if (r.ClassOf(headLast) != WordClass.None)
            {
                return null;
            }

            if (MentionFinder.PhraseEndingAt(r, headLast, clauseFirst) is { } head)
            {
                if (head.Kind == MentionKind.Pronoun)
                {
                    return null;
                }

                if (head.FirstToken == clauseFirst || r.IsPunct(head.FirstToken - 1, ','))
                {
                    return head;
                }

                current = head.FirstToken;
            }
            else if (BareNounsEndingAt(r, headLast, clauseFirst) is int bare and >= 0)
            {
                current = bare; // "tracking | sleep patterns | in": an object without a determiner, only between links
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>A new study tracking teenagers found</c>: the words ending at <paramref name="last"/>, before the verb, are a
    /// determiner-less object of a post-modifier, no subject of their own; the head noun phrase that opens the clause
    /// is the subject. Null when they are no such object or no head opens the clause.
    /// </summary>
    public static Mention? HeadBeforeBareObject(TokenReader r, int last, int clauseFirst) =>
        BareNounsEndingAt(r, last, clauseFirst) is int first and >= 0 ? HeadBefore(r, first, clauseFirst) : null;

    /// <summary>
    /// <c>Some in the caucus</c>, <c>Many on Wall Street</c>, <c>Those at the meeting</c>: a quantifier or <c>those</c>
    /// opening the clause, standing for people, with a place or group after a preposition. Not <c>of</c>: in
    /// <c>Many of the workers</c> the workers are the ones the reader knows, and the phrase after <c>of</c> stays the speaker.
    /// </summary>
    private static bool IsPeopleQuantifierHead(TokenReader r, int link, int headLast, int clauseFirst) =>
        FunctionWords.IsPluralPeopleOpener(r.Text(headLast)) && FunctionWords.IsPreposition(r.Text(link)) && !r.Is(link, "of")
        && (headLast == clauseFirst || r.IsPunct(headLast - 1, ','));

    /// <summary>A lower-case participle: <c>released</c>, <c>written</c>, <c>seen</c>, <c>tracking</c>.</summary>
    private static bool IsParticiple(TokenReader r, int k)
    {
        if (!r.IsLowerWord(k) || r.IsNoun(k) || r.ClassOf(k) != WordClass.None)
        {
            return false;
        }

        var word = r.Text(k);
        return FunctionWords.LooksLikePastParticiple(word) || (word.Length > 3 && word.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>The first of the lower-case nouns ending at <paramref name="last"/> (<c>sleep patterns</c>), or -1.</summary>
    private static int BareNounsEndingAt(TokenReader r, int last, int clauseFirst)
    {
        int first = -1;
        for (int k = last; k > clauseFirst && last - k < MaxBareNouns; k--)
        {
            if (!r.IsLowerWord(k) || r.ClassOf(k) != WordClass.None || r.LooksVerbalOrAdverb(k) || r.IsPronoun(k))
            {
                break;
            }

            first = k;
        }

        return first;
    }
}
