using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.WebApi;

/// <summary>
/// Reads a string member of the request body and says plainly what is wrong with it: a value that is not a string
/// (<c>{"text": 42}</c>), or a string that cannot be decoded (invalid UTF-8 bytes, or a <c>\ud800</c> escape with no
/// partner). System.Text.Json reports both as the same <see cref="InvalidOperationException"/>, which the host would
/// otherwise turn into an empty 500.
/// </summary>
internal sealed class StrictStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new BodyMemberException(BodyMemberProblem.NotAString);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new BodyMemberException(BodyMemberProblem.NotUnicode, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>What is wrong with one member of the body.</summary>
internal enum BodyMemberProblem
{
    NotAString,
    NotUnicode,
}

/// <summary>A member of the body that is not a readable string; the serializer adds the member's path.</summary>
internal sealed class BodyMemberException : JsonException
{
    public BodyMemberException(BodyMemberProblem problem, Exception? innerException = null)
        : base(problem.ToString(), innerException) => Problem = problem;

    public BodyMemberException()
    {
    }

    public BodyMemberException(string message)
        : base(message)
    {
    }

    public BodyMemberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BodyMemberProblem Problem { get; }
}
