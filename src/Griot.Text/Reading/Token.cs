namespace Griot.Text.Reading;

/// <summary>A word, number or punctuation mark of a sentence, with its offsets into the document.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Norm">Lower-cased, accent-free form with typographic apostrophes made plain (<c>côte</c> → <c>cote</c>).</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Norm, bool Capitalized, bool AllCaps)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string norm) => string.Equals(Norm, norm, StringComparison.Ordinal);
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
