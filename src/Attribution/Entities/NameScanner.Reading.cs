using Attribution.Lexicons;
using System.Buffers;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Entities;

/// <summary>How the name scanner reads one run of capitalised words: leading demonyms, title and honorific, the name itself and its kind (see NameScanner.cs).</summary>
internal sealed partial class NameScanner
{
    /// <summary>Leading demonyms are adjectives ("Israeli Foreign Minister …"); the name starts after them.</summary>
    private int SkipLeadingDemonyms(int runStart, int runEnd)
    {
        int nameStart = runStart;
        while (nameStart < runEnd && TokenIs(nameStart, NameTags.Demonym)
               && !TokenIs(nameStart, NameTags.MaleFirstName | NameTags.FemaleFirstName | NameTags.Country))
        {
            nameStart++;
        }

        return nameStart;
    }

    /// <summary>
    /// A person's title and honorific inside the run (<c>Prime Minister Anna Lindqvist</c>, <c>Education Mr.
    /// Toccafondi</c>) or a lower-case role right before it (<c>spokesman John Kirby</c>): the name starts after
    /// them, and they give its gender.
    /// </summary>
    private void ReadTitleAndHonorific(ref NameReading m, int runStart, int runEnd, int prefixStart)
    {
        int lastTitle = -1;
        for (int k = m.NameStart; k < runEnd - 1; k++)
        {
            if (TokenIs(k, NameTags.Title))
            {
                lastTitle = k;
            }
        }

        if (lastTitle >= 0)
        {
            m.TitleEnd = lastTitle + 1;
            if (m.TitleEnd + 2 < runEnd && _document.TokenText(m.TitleEnd).SequenceEqual("of"))
            {
                m.TitleEnd += 2;
            }

            m.Gender = GenderOf(TokenClass(lastTitle));
            m.NameStart = m.TitleEnd;
        }

        // The name follows the last honorific; words before it are a title ("Education Mr. Toccafondi").
        for (int k = runEnd - 2; k >= m.NameStart; k--)
        {
            if (TokenIs(k, NameTags.Honorific))
            {
                m.Honorific = true;
                m.Gender = GenderOf(TokenClass(k));
                if (k > m.NameStart && m.TitleEnd < 0)
                {
                    m.TitleEnd = k;
                }

                m.NameStart = k + 1;
                break;
            }
        }

        // A lower-case role right before the name is its title too ("spokesman John Kirby").
        if (m.TitleEnd < 0 && runStart > 0 && prefixStart < 0 && TokenIs(runStart - 1, NameTags.Title)
            && char.IsLower(_document.TokenText(runStart - 1)[0]) && !_positions.InQuote[runStart - 1])
        {
            m.TitleStart = runStart - 1;
            m.TitleEnd = runStart;
            m.Gender = GenderOf(TokenClass(runStart - 1));
        }
    }

    /// <summary>The name's span and words, and what the whole name is known as (a country, a news outlet, an acronym's body).</summary>
    private void ReadName(ref NameReading m, int runStart, int runEnd, int prefixStart)
    {
        var tokens = _document.Tokens;
        int nameEndChar = tokens[runEnd - 1].Span.End;
        if (EndsWithPossessive(runEnd - 1))
        {
            nameEndChar -= 2;
        }

        m.NameSpan = new TextSpan(tokens[m.NameStart].Span.Start, nameEndChar);
        m.Name = JoinWords(m.NameStart, runEnd, nameEndChar);
        if (m.Clitic >= 0)
        {
            // A business named for its founder: the name keeps its "'s", and people are not named so.
            m.NameSpan = new TextSpan(m.NameSpan.Start, tokens[m.Clitic].Span.End);
            m.Name = _pool.Get(string.Concat(m.Name, _document.TokenText(m.Clitic)));
            m.Organization = true;
        }

        var known = _lexicon.ClassifyName(m.Name);
        m.NameWords = CountWords(m.NameStart, runEnd);
        m.Country = (known & NameTags.Country) != 0;
        m.Media |= (known & NameTags.KnownMedia) != 0;
        m.Organization |= m.Country || m.Media || IsAcronym(m.NameStart, runEnd);
        if (m.Organization && !m.Country && m.NameStart == runStart && prefixStart < 0 && FollowsArticle(runStart))
        {
            // News names bodies with their article ("the U.N. Security Council"); the entity keeps it.
            m.Name = WithArticle(m.Name);
        }
    }

    /// <summary>The title's span and head word; a possessive before the name (<c>Israel’s Danny Danon</c>) opens the mention without being a title.</summary>
    private void ReadTitleSpan(ref NameReading m, int prefixStart)
    {
        if (m.TitleStart < 0 || (m.TitleEnd < 0 && prefixStart < 0))
        {
            m.TitleStart = -1;
        }

        var tokens = _document.Tokens;
        if (m.TitleEnd > m.TitleStart && m.TitleStart >= 0)
        {
            m.Title = new TextSpan(tokens[m.TitleStart].Span.Start, tokens[m.TitleEnd - 1].Span.End);
            m.Head = _lexicon.LowerCase(_document.TokenText(m.TitleEnd - 1));
        }
        else if (prefixStart >= 0 && !m.Organization)
        {
            // "Israel’s Danny Danon": the possessive alone is no title, but it is part of the mention.
            m.TitleStart = prefixStart;
        }
    }

    /// <summary>An organisation as read so far; a person when a title or honorific says so, or a known first name opens two or more words.</summary>
    private void ReadKind(ref NameReading m)
    {
        var firstClass = TokenClass(m.NameStart);
        m.Kind = m.Organization ? EntityKind.Organization : null;
        if (m.Organization)
        {
            return;
        }

        if (m.Title is not null || m.Honorific)
        {
            m.Kind = EntityKind.Person;
        }
        else if (m.NameWords >= 2 && (firstClass & (NameTags.MaleFirstName | NameTags.FemaleFirstName)) != 0)
        {
            m.Kind = EntityKind.Person;
        }

        if (m.Gender == Gender.Unknown && m.NameWords >= 2)
        {
            m.Gender = FirstNameGender(firstClass);
        }
    }
}
