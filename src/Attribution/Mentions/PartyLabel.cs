namespace Attribution.Mentions;

/// <summary>
/// A party label in American news style after a politician's name: a party letter, a hyphen and a state
/// (<c>R-Ohio</c>, <c>D-Calif.</c>, <c>I-Vt.</c>, <c>D-N.M.</c>), set off by commas. The tokenizer keeps the letter and the
/// state in one word; an abbreviated state's stop may be a token of its own. Stateless.
/// </summary>
internal static class PartyLabel
{
    /// <summary>The first token of a party label ending at <paramref name="last"/> (its word, or the stop after it), or -1.</summary>
    public static int StartingBefore(TokenReader r, int last)
    {
        int word = r.IsPunct(last, '.') ? last - 1 : last;
        if (!r.IsWord(word))
        {
            return -1;
        }

        var text = r.Text(word);
        bool label = text.Length >= 4 && (text[0] is 'D' or 'R' or 'I') && text[1] == '-' && char.IsUpper(text[2]);
        return label ? word : -1;
    }
}
