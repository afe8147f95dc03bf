using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Griot.Text.Documents;

/// <summary>
/// Reads plain text, Markdown, HTML and PDF into a <see cref="Document"/>. The format comes from the
/// content where it is unambiguous (a PDF header, an HTML root) and otherwise from the file name.
/// </summary>
public static class DocumentReader
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static async Task<Document> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Read(bytes, path);
    }

    public static async Task<Document> ReadStreamAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Read(buffer.ToArray(), name);
    }

    /// <summary>Reads <paramref name="bytes"/>; <paramref name="name"/> is a file name or "-".</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are not a document of a known format.</exception>
    public static Document Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var format = Detect(bytes, name);
        var hash = Document.HashOf(bytes);
        var text = format switch
        {
            DocumentFormat.Pdf => PdfText(bytes, name),
            DocumentFormat.Html => HtmlText(Decode(bytes, name)),
            DocumentFormat.Markdown => Markdig.Markdown.ToPlainText(Decode(bytes, name), Markdown).Trim(),
            _ => Decode(bytes, name),
        };
        return new Document(name, text, hash, format);
    }

    public static DocumentFormat Detect(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        var extension = Path.GetExtension(name).ToUpperInvariant();
        if (extension is ".HTML" or ".HTM" or ".XHTML")
        {
            return DocumentFormat.Html;
        }

        if (extension is ".MD" or ".MARKDOWN")
        {
            return DocumentFormat.Markdown;
        }

        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Html
            : DocumentFormat.PlainText;
    }

    private static string Decode(byte[] bytes, string name)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new UnreadableDocumentException(name, "it holds binary data (NUL bytes), not text; give a .txt, .md, .html or .pdf file");
        }

        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            // Older pages and exports are often Windows-1252 / Latin-1; read them rather than refuse.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string HtmlText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, header > nav, svg"))
        {
            element.Remove();
        }

        var text = new StringBuilder();
        Append(document.Body ?? document.DocumentElement, text);
        return Collapse(text.ToString());
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "li", "ul", "ol", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "dd", "dt", "figcaption", "caption", "title",
    };

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e)
            {
                var block = BlockElements.Contains(e.LocalName);
                if (block)
                {
                    text.Append('\n');
                }

                Append(e, text);
                if (block)
                {
                    text.Append('\n');
                }
            }
        }
    }

    /// <summary>Collapses runs of spaces inside lines and of blank lines between paragraphs.</summary>
    private static string Collapse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().TrimEnd();
    }

    private static string PdfText(byte[] bytes, string name)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page).Trim());
            return string.Join("\n\n", pages.Where(p => p.Length > 0));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException(name, $"it starts like a PDF but cannot be read as one ({e.Message})");
        }
    }
}

/// <summary>A file that is not a document Griot can read.</summary>
public sealed class UnreadableDocumentException(string name, string reason)
    : Exception($"{name}: cannot read: {reason}")
{
    public string Name { get; } = name;
}
