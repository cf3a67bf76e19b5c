using Attribution.Text;

namespace Attribution.Pipeline;

/// <summary>Runs the text front end (tokens, sentences, paragraphs) over one document. Stateless and thread-safe.</summary>
internal static class DocumentAnalyzer
{
    public static Document Analyze(string text, DateOnly? publicationDate)
    {
        var tokens = Tokenizer.Tokenize(text, includeWhitespace: false);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        return new Document(text, tokens, sentences, paragraphs, publicationDate);
    }
}
