namespace Attribution.Lexicons;

/// <summary>The grammatical class of a closed-class word, as far as noun-phrase and frame boundaries need it.</summary>
internal enum WordClass : byte
{
    None,

    /// <summary>the, a, this, his, their, some, many …: the left edge of a noun phrase.</summary>
    Determiner,

    /// <summary>of, for, at, from, by, with, in, on: may join a noun phrase to its complement (a spokesman for the ministry).</summary>
    NounPreposition,

    /// <summary>Other prepositions (to, about, during, after …).</summary>
    Preposition,

    /// <summary>and, or: may join two noun phrases.</summary>
    Coordinator,

    /// <summary>but, so, yet, because, when, while, if, although, as, than, whether: ends a noun phrase.</summary>
    Subordinator,

    /// <summary>is, was, has, had, will, would, did, can …: stands between a subject and its verb.</summary>
    Auxiliary,

    /// <summary>also, then, later, not, never, again, repeatedly …: may stand between a subject and its verb.</summary>
    Adverb,

    /// <summary>him, them, me, us: an object pronoun (addressee, never a subject).</summary>
    ObjectPronoun,

    /// <summary>there, here, what, how, why, which …: cannot be inside a speaker noun phrase.</summary>
    Other,
}
