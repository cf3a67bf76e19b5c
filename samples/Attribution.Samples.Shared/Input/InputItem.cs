namespace Attribution.Samples.Input;

/// <summary>Either a document or the error that took its place, in input order.</summary>
public readonly record struct InputItem(InputDocument? Document, InputError? Error)
{
    public static InputItem Of(InputDocument document) => new(document, null);

    public static InputItem Of(InputError error) => new(null, error);
}
