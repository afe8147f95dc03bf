namespace Griot.Text.Reading;

/// <summary>A sentence of a document: character offsets <c>[Start, End)</c> into the document text.</summary>
public readonly record struct Sentence(int Index, int Start, int End)
{
    public int Length => End - Start;

    public string TextOf(string document) => document[Start..End];
}
