namespace Griot.Text.Reading;

/// <summary>A word, number or punctuation mark of a sentence, with its offsets into the document.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Norm">Lower-cased, accent-free form with typographic apostrophes made plain (<c>côte</c> → <c>cote</c>).</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Norm, bool Capitalized, bool AllCaps)
{
    public int End => Start + Length;

    /// <summary>
    /// The lexicon word this token is, as the tokenizer numbered the words of its lexicons: above zero a known
    /// word, -1 a word no lexicon has, 0 not looked up (a token made by hand), so that phrase tables match by
    /// number instead of by string.
    /// </summary>
    public int Word { get; init; }

    /// <summary>The lexicons' prefix key (first three characters of a <c>retir*</c> entry) this token starts with, as <see cref="Word"/>.</summary>
    public int Stem { get; init; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string norm) => string.Equals(Norm, norm, StringComparison.Ordinal);
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// The tokens of a sentence as the tokenizer read them, with the phrase tables that may match somewhere in them,
/// so that a table none of whose phrases can start here is passed over at once.
/// </summary>
public sealed class TokenList : List<Token>
{
    public TokenList(int capacity)
        : base(capacity)
    {
    }

    /// <summary>Bits by table number (see <see cref="Tokenizer"/>): the tables with a phrase whose first word is in the tokens.</summary>
    internal ulong[]? Starts { get; set; }

    /// <summary>The tables with a phrase whose last word is in the tokens.</summary>
    internal ulong[]? Ends { get; set; }

    /// <summary>Whether a phrase of the table may be in the tokens: one of its phrases' first words is, and one of their last words.</summary>
    internal bool MayHave(int table, bool byEnd = true) => Has(Starts, table) && (!byEnd || Has(Ends, table));

    private static bool Has(ulong[]? bits, int table) => bits is null || (table >> 6 < bits.Length && (bits[table >> 6] & (1UL << (table & 63))) != 0);
}
