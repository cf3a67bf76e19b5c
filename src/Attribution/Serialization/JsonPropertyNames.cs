using System.Text.Json;

namespace Attribution.Serialization;

/// <summary>
/// The property names of the JSON contract (<see cref="AttributionJson"/>), encoded once: a name given as a string is
/// transcoded to UTF-8 and checked for characters to escape every time it is written, which was about a third of the
/// instructions of writing a result. Plain ASCII letters, so every encoder writes them the same.
/// </summary>
internal static class JsonPropertyNames
{
    public static readonly JsonEncodedText Act = JsonEncodedText.Encode("act");

    public static readonly JsonEncodedText Addressee = JsonEncodedText.Encode("addressee");

    public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");

    public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

    public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");

    public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");

    public static readonly JsonEncodedText Declines = JsonEncodedText.Encode("declines");

    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");

    public static readonly JsonEncodedText Entity = JsonEncodedText.Encode("entity");

    public static readonly JsonEncodedText Fragments = JsonEncodedText.Encode("fragments");

    public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Lemma = JsonEncodedText.Encode("lemma");

    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText OnBehalfOf = JsonEncodedText.Encode("onBehalfOf");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");

    public static readonly JsonEncodedText Speech = JsonEncodedText.Encode("speech");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText Statements = JsonEncodedText.Encode("statements");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");

    public static readonly JsonEncodedText Titles = JsonEncodedText.Encode("titles");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
}
