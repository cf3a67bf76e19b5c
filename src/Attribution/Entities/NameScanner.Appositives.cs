using Attribution.Lexicons;
using System.Buffers;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Entities;

/// <summary>What the name scanner reads around a name: an age or a description in apposition after it, a described head or lower-case role before it (see NameScanner.cs).</summary>
internal sealed partial class NameScanner
{
    /// <summary>"Asked if he feared for his job, Hughes laughed. … Hughes, 54, …": the age makes every mention of the name a person's.</summary>
    private void MarkAgedPeople(PooledList<NameMention> mentions)
    {
        if (_agedPeople is not { } aged)
        {
            return;
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind is null && aged.Contains(mentions[i].Name))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Person };
            }
        }

        _agedPeople = null;
    }

    /// <summary>The oldest age news gives a person in an appositive; larger numbers after a name are something else (a count, a year).</summary>
    private const int MaxAge = 120;

    /// <summary><c>NAME, 54,</c> or <c>NAME, 54.</c>: an age in apposition.</summary>
    private bool HasAgeAfter(int runEnd, int sentenceEnd)
    {
        if (runEnd + 2 >= sentenceEnd || !_document.TokenText(runEnd).SequenceEqual(",") || _document.Tokens[runEnd + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var closing = _document.TokenText(runEnd + 2);
        return (closing.SequenceEqual(",") || closing.SequenceEqual(".")) && int.TryParse(_document.TokenText(runEnd + 1), out int age) && age > 0 && age <= MaxAge;
    }

    /// <summary>An appositive after the name (<c>, the Qatar-based news outlet</c>) gives its head, and may settle the kind and gender.</summary>
    private void ApplyAppositive(ref NameReading m, int runEnd, int sentenceEnd)
    {
        m.Appositive = ReadAppositive(runEnd, sentenceEnd, out string? appositiveHead, out var appositiveClass);
        if (m.Appositive is null)
        {
            return;
        }

        m.Head = appositiveHead;
        if ((appositiveClass & NameTags.OrganizationHead) != 0 && m.Kind != EntityKind.Person)
        {
            m.Kind = EntityKind.Organization;
            m.Media |= (appositiveClass & NameTags.MediaHead) != 0;
        }
        else if ((appositiveClass & NameTags.Title) != 0 && m.Kind is null)
        {
            m.Kind = EntityKind.Person;
        }

        if (m.Gender == Gender.Unknown && m.Kind == EntityKind.Person)
        {
            m.Gender = GenderOf(appositiveClass);
        }
    }

    /// <summary>
    /// Reads <c>, the Qatar-based news outlet</c> after a name: a description whose head noun is a title,
    /// a role or an organisation word. Returns its span (without the determiner) and head.
    /// </summary>
    private TextSpan? ReadAppositive(int runEnd, int sentenceEnd, out string? head, out NameTags headClass)
    {
        head = null;
        headClass = NameTags.None;
        if (runEnd + 1 >= sentenceEnd || !_document.TokenText(runEnd).SequenceEqual(","))
        {
            return null;
        }

        int start = runEnd + 1;
        var first = _document.TokenText(start);
        bool determiner = FunctionWords.IsDefinite(first) || FunctionWords.IsIndefinite(first) || Pronouns.IsThirdPersonPossessive(first);

        // "Ryanair, Europe's largest carrier,": a capitalised possessive stands where the determiner does.
        bool possessiveName = !determiner && char.IsUpper(first[0]) && IsPossessiveClitic(start + 1);
        if (!determiner && !possessiveName && !char.IsLower(first[0]) && !_lexicon.Is(first, NameTags.Title))
        {
            return null;
        }

        int descriptionStart = possessiveName ? start + 2 : determiner ? start + 1 : start;
        int end = descriptionStart;
        int headToken = -1;
        while (end < sentenceEnd && end - start < MaxAppositiveTokens)
        {
            var token = _document.Tokens[end];
            var word = _document.TokenText(end);
            if (_positions.InQuote[end] || token.Kind is TokenKind.Punctuation or TokenKind.Dash || token.IsQuote || FunctionWords.IsRelativeWord(word))
            {
                break;
            }

            if (headToken < 0 && end > descriptionStart && FunctionWords.IsPreposition(word))
            {
                headToken = end - 1;
            }

            end++;
        }

        if (end == descriptionStart || end - start >= MaxAppositiveTokens)
        {
            return null;
        }

        headToken = headToken < 0 ? end - 1 : headToken;
        var headWord = _document.TokenText(headToken);
        headClass = _lexicon.Classify(headWord);
        if ((headClass & (NameTags.Title | NameTags.OrganizationHead)) == 0 || (char.IsUpper(headWord[0]) && (headClass & NameTags.Title) == 0))
        {
            return null;
        }

        head = _lexicon.LowerCase(headWord);
        return new TextSpan(_document.Tokens[descriptionStart].Span.Start, _document.Tokens[end - 1].Span.End);
    }

    private bool IsSubjectPosition(int start, int after, int sentenceEnd)
    {
        start = RoleDescriptionStart(start);
        start = DescribedHeadStart(start);
        bool clauseStart = StartsSentenceLike(start) || (start > 0 && FunctionWords.IsClauseOpener(_document.TokenText(start - 1)));
        if (!clauseStart)
        {
            return false;
        }

        if (after < sentenceEnd && _document.TokenText(after).SequenceEqual(","))
        {
            after++;
        }

        if (after >= sentenceEnd || _document.Tokens[after].Kind != TokenKind.Word)
        {
            return false;
        }

        var next = _document.TokenText(after);
        return char.IsLower(next[0]) && !FunctionWords.IsPreposition(next) && !next.SequenceEqual("and") && !next.SequenceEqual("or");
    }

    /// <summary>A lone known first name set off by commas after a noun phrase: <c>Tanner's mother, Diane,</c>.</summary>
    private bool IsFirstNameInApposition(int nameStart, int runEnd, int sentenceEnd) =>
        runEnd == nameStart + 1 && runEnd < sentenceEnd && _document.TokenText(runEnd).SequenceEqual(",")
        && TokenIs(nameStart, NameTags.MaleFirstName | NameTags.FemaleFirstName) && DescribedHeadStart(nameStart) != nameStart;

    /// <summary>How many tokens the noun phrase before a name in apposition may have (<c>the victim's younger sister</c>).</summary>
    private const int MaxDescribedHeadTokens = 5;

    /// <summary>
    /// Where the noun phrase that a name at <paramref name="start"/> stands in apposition to begins: <c>Tanner's mother,
    /// Diane,</c> wept; <c>Her husband, Carl,</c> was blunter — a short phrase of words ending in a lower-case noun, set off
    /// by the comma before the name. The name then stands where the phrase stands; <paramref name="start"/> when no such
    /// phrase is there.
    /// </summary>
    private int DescribedHeadStart(int start)
    {
        int comma = start - 1;
        if (comma < 1 || !_document.TokenText(comma).SequenceEqual(",") || _document.Tokens[comma - 1].Kind != TokenKind.Word
            || !char.IsLower(_document.TokenText(comma - 1)[0]))
        {
            return start;
        }

        int k = comma - 1;
        int stop = Math.Max(0, comma - MaxDescribedHeadTokens);
        while (k > stop && !StartsSentenceLike(k) && _document.Tokens[k - 1].Kind is TokenKind.Word or TokenKind.Apostrophe
            && !FunctionWords.IsPreposition(_document.TokenText(k - 1)))
        {
            k--;
        }

        return StartsSentenceLike(k) ? k : start;
    }

    /// <summary>How many words of a lower-case role description may stand before a name (<c>Senate opposition leader</c>).</summary>
    private const int MaxRoleDescriptionWords = 4;

    /// <summary>
    /// Where a role description before the name at <paramref name="start"/> begins: <c>Opposition leader</c> Keir Starmer,
    /// <c>ministry spokeswoman</c> Maria Zakharova, <c>press secretary</c> Karen Lowe — a lower-case role word, with the
    /// words that modify it before it; <paramref name="start"/> when no role word stands right before the name. The
    /// phrase then stands where its first word stands, so a subject is recognised as one.
    /// </summary>
    private int RoleDescriptionStart(int start)
    {
        int k = IsLowerRoleWord(start) ? start : start - 1; // the title span may already begin at the role word
        if (k < 0 || !IsLowerRoleWord(k))
        {
            return start;
        }

        int stop = Math.Max(0, start - MaxRoleDescriptionWords);
        while (k - 1 >= stop && _document.Tokens[k - 1].Kind == TokenKind.Word && FunctionWords.ClassOf(_document.TokenText(k - 1)) == WordClass.None)
        {
            k--; // "Opposition", "press", "Senate Minority"
        }

        return k;
    }

    private bool IsLowerRoleWord(int k) =>
        k >= 0 && _document.Tokens[k].Kind == TokenKind.Word && char.IsLower(_document.TokenText(k)[0]) && _lexicon.Is(_document.TokenText(k), NameTags.Title);
}
