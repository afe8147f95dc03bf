using System.Security.Cryptography;
using System.Text;

namespace Griot.Text.Documents;

/// <summary>
/// A text to read: its plain text (for HTML, Markdown and PDF, the text a reader sees, which evidence
/// offsets point into) and the SHA-256 of the bytes it was read from.
/// </summary>
public sealed record Document(string Name, string Text, string Sha256, DocumentFormat Format)
{
    /// <summary>A document from text typed or pasted, hashed as UTF-8.</summary>
    public static Document FromText(string text, string name = "-")
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Document(name, text, HashOf(Encoding.UTF8.GetBytes(text)), DocumentFormat.PlainText);
    }

    internal static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    Pdf,
}
