namespace Griot.Text.Reading;

/// <summary>
/// A sentence of a document: character offsets <c>[Start, End)</c> into the document text, and the kind of
/// block it stands in (claims are read from prose and list items only) and the language it was read in.
/// </summary>
public readonly record struct Sentence(int Index, int Start, int End, BlockKind Kind = BlockKind.Prose, string? Language = null)
{
    public int Length => End - Start;

    /// <summary>Whether claims are read from it: prose and list items, not titles, headings or table rows.</summary>
    public bool HasClaims => Kind is BlockKind.Prose or BlockKind.ListItem;

    public string TextOf(string document) => document[Start..End];
}
