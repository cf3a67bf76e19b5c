using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A participle opening the sentence frames no statement of its own; when it names a listener
/// (<c>Speaking to Reuters,</c>), that listener becomes the addressee of the sentence's statements.
/// <list type="bullet">
/// <item>Matches: <c>Speaking to Reuters, Guterres said the ceasefire must hold.</c> (addressee Reuters for the statement by Guterres);
/// <c>While talking with reporters, the mayor said …</c></item>
/// <item>Refuses: <c>Speaking in Geneva, Guterres said …</c> (no listener: no addressee); <c>Saying nothing, she left.</c> (no statement).</item>
/// </list>
/// Settles every participle at the sentence start (or right after an opening subordinator).
/// </summary>
internal sealed class IntroParticipleRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int c0 = site.First;
        int prev = site.Previous;
        int sFirst = site.SentenceFirst;
        if (site.Entry.Form != VerbForm.Gerund || !(c0 == sFirst || (prev >= sFirst && r.ClassOf(prev) is WordClass.Subordinator && prev == sFirst)))
        {
            return false;
        }

        int next = site.End;
        if ((r.Is(next, "to") || r.Is(next, "with")) && f.Clause.PhraseAt(next + 1, site.SentenceLast + 1, allowObjectPronoun: true) is { } listener
            && r.IsPunct(listener.LastToken + 1, ','))
        {
            f.SetSentenceAddressee(site.Sentence, listener);
        }

        return true;
    }
}
