namespace Attribution.Frames.Rules;

/// <summary>
/// Complement opened by the complementiser <c>that</c>: the reported clause after it (mixed when it holds a quote).
/// <list type="bullet">
/// <item>Matches: <c>The minister said that the budget would balance.</c>; <c>Police said on Friday that two men were held.</c>;
/// <c>He said that was wrong.</c> (a demonstrative <c>that</c> is kept in the content).</item>
/// <item>Refuses: a quoted <c>“that”</c>; <c>He said the plan …</c> (no <c>that</c>: <see cref="BareClauseRule"/>).</item>
/// <item>Settles with no statement: <c>Republicans dispute that, pointing to a survey …</c> (<c>that</c> before a stop, or
/// before a comma and a participle, is a pronoun object, and nothing is reported; so is <c>disputed that claim, arguing …</c>, a
/// determiner and its noun); <c>said that, over the last months, …</c>
/// is read as usual.</item>
/// </list>
/// </summary>
internal sealed class ThatClauseRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        if (!f.Reader.Is(next, "that") || f.Quotes.IsQuoted(next))
        {
            content = null;
            return false;
        }

        var r = f.Reader;
        if (IsPronounObject(r, next) || (r.IsLowerWord(next + 1) && r.ClassOf(next + 1) == Lexicons.WordClass.None && !r.IsPronoun(next + 1)
            && !f.Quotes.IsQuoted(next + 1) && IsPronounObject(r, next + 1)))
        {
            content = null; // "Republicans dispute that, pointing to …": a pronoun object with nothing reported after it
            return true;
        }

        content = f.Content.Content(f.Clause.IsDemonstrativeThat(next) ? next : next + 1, forceMixedOnQuote: true);
        return true;
    }

    // "would only say that.", "dispute that, pointing to …": "that" before a stop, or before a comma and a participle, is
    // the verb's object, and so is "that" with one noun there ("disputed that claim, arguing …"); "said that, over the last five months, …" opens a clause after its adjunct.
    private static bool IsPronounObject(Mentions.TokenReader r, int that) =>
        r.IsPunct(that + 1, '.') || r.IsPunct(that + 1, ';') || r.IsPunct(that + 1, '?') || r.IsPunct(that + 1, '!')
        || (r.IsPunct(that + 1, ',') && r.IsLowerWord(that + 2) && r.Text(that + 2).Length > 4 && r.Text(that + 2).EndsWith("ing", StringComparison.Ordinal));
}
