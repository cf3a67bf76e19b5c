using Attribution.Lexicons;

namespace Attribution.Frames;

/// <summary>A cue found in the text: its tokens [<paramref name="First"/>, <paramref name="End"/>) and its lexicon entry.</summary>
internal readonly record struct CueHit(int First, int End, CueEntry Entry)
{
    public int Last => End - 1;
}
