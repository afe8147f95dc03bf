using System.Text;
using Griot.Text.Documents;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Griot.Text.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Read_Html_TextOfTheBodyWithoutScripts()
    {
        const string html = "<!DOCTYPE html><html><head><title>T</title><script>var x = 'Mali borders Chad';</script></head>"
            + "<body><h1>Mali</h1><p>Mali borders <b>Niger</b>.</p><style>p{}</style><ul><li>ECOWAS</li></ul></body></html>";

        var document = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("Mali\nMali borders Niger.\nECOWAS", document.Text);
    }

    [Fact]
    public void Read_Markdown_PlainText()
    {
        var document = DocumentReader.Read(Encoding.UTF8.GetBytes("# Mali\n\nMali is a **member** of [ECOWAS](https://ecowas.int).\n"), "notes.md");

        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Contains("Mali is a member of ECOWAS.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Pdf_TextOfItsPages()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Mali borders Niger.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);

        var document = DocumentReader.Read(builder.Build(), "report.pdf");

        Assert.Equal(DocumentFormat.Pdf, document.Format);
        Assert.Contains("Mali borders Niger.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenPdf_ClearError()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReader.Read("%PDF-1.7 nothing more"u8.ToArray(), "broken.pdf"));

        Assert.StartsWith("broken.pdf: cannot read: it starts like a PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Binary_Refused()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReader.Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "archive.txt"));

        Assert.Contains("binary data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameBytes_SameHash()
    {
        var a = DocumentReader.Read("Mali"u8.ToArray(), "a.txt");
        var b = Document.FromText("Mali");

        Assert.Equal(a.Sha256, b.Sha256);
        Assert.Equal(64, a.Sha256.Length);
    }
}
