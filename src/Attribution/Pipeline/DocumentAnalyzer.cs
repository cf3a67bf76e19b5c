using Attribution.Text;

namespace Attribution.Pipeline;

/// <summary>Runs the text front end (tokens, sentences, paragraphs) over one document. Stateless and thread-safe.</summary>
internal static class DocumentAnalyzer
{
    /// <summary>The tokens, sentences and paragraphs of <paramref name="text"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="publicationDate">The date relative times are resolved against, if known.</param>
    /// <param name="hashWords">
    /// Whether the tokenizer hashes every token for the word tables (<see cref="Document.WordHash"/>) as it reads it: the
    /// extraction stages need the hashes, and the tokenizer makes them for less than a pass of their own; the front end alone
    /// (sentences, token counts) does not, and the document then hashes its words on first use, if ever.
    /// </param>
    public static Document Analyze(string text, DateOnly? publicationDate, bool hashWords = false)
    {
        var tokens = Tokenizer.TokenizeDocument(text, hashWords, out var wordHashes, out var lineBreaks);
        try
        {
            var (sentences, paragraphs) = SentenceSplitter.SplitPooled(text, tokens.AsSpan(), lineBreaks.AsMutableSpan());
            return new Document(text, tokens, wordHashes, sentences, paragraphs, publicationDate);
        }
        catch
        {
            tokens.Dispose();
            wordHashes.Dispose();
            throw;
        }
        finally
        {
            lineBreaks.Dispose();
        }
    }
}
