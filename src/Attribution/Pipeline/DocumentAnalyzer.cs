using Attribution.Text;

namespace Attribution.Pipeline;

/// <summary>Runs the text front end (tokens, sentences, paragraphs) over one document. Stateless and thread-safe.</summary>
internal static class DocumentAnalyzer
{
    public static Document Analyze(string text, DateOnly? publicationDate)
    {
        var tokens = Tokenizer.TokenizePooled(text, includeWhitespace: false);
        try
        {
            var (sentences, paragraphs) = SentenceSplitter.SplitPooled(text, tokens.AsSpan());
            return new Document(text, tokens, sentences, paragraphs, publicationDate);
        }
        catch
        {
            tokens.Dispose();
            throw;
        }
    }
}
