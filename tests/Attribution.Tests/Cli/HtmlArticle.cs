using System.Net;
using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>
/// Reads the article element of a rendered page the way a browser would see its structure: checks that its
/// tags nest properly and returns the decoded text and every element with the text it wraps.
/// </summary>
internal static class HtmlArticle
{
    public sealed record Element(string Name, string Attributes, string Text);

    public static (string Text, List<Element> Elements) Parse(string page)
    {
        const string Open = "<article id=\"text\">";
        int start = page.IndexOf(Open, StringComparison.Ordinal);
        int end = page.IndexOf("</article>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException("the page has no article element");
        }

        string body = page[(start + Open.Length)..end];
        var text = new StringBuilder();
        var stack = new Stack<(string Name, string Attributes, int TextStart)>();
        var elements = new List<Element>();
        int i = 0;
        while (i < body.Length)
        {
            if (body[i] != '<')
            {
                int next = body.IndexOf('<', i);
                if (next < 0)
                {
                    next = body.Length;
                }

                text.Append(WebUtility.HtmlDecode(body[i..next]));
                i = next;
                continue;
            }

            int close = body.IndexOf('>', i);
            string tag = body[(i + 1)..close];
            i = close + 1;
            if (tag.StartsWith('/'))
            {
                string name = tag[1..];
                if (stack.Count == 0 || stack.Peek().Name != name)
                {
                    throw new InvalidOperationException($"</{name}> does not close the innermost open element");
                }

                var opened = stack.Pop();
                elements.Add(new Element(opened.Name, opened.Attributes, text.ToString(opened.TextStart, text.Length - opened.TextStart)));
            }
            else
            {
                int space = tag.IndexOf(' ');
                string name = space < 0 ? tag : tag[..space];
                stack.Push((name, space < 0 ? string.Empty : WebUtility.HtmlDecode(tag[(space + 1)..]), text.Length));
            }
        }

        if (stack.Count > 0)
        {
            throw new InvalidOperationException($"<{stack.Peek().Name}> is never closed");
        }

        return (text.ToString(), elements);
    }

    /// <summary>The text of the statement's pieces joined, in document order.</summary>
    public static string StatementText(List<Element> elements, int number) =>
        string.Concat(elements
            .Where(e => e.Name == "mark" && e.Attributes.Contains($"data-statement=\"{number}\"", StringComparison.Ordinal))
            .Select(e => e.Text));
}
