namespace Griot.Core.Statements;

/// <summary>
/// Where a statement comes from: a row of a dataset with the publication it cites, or a span of a
/// document. A statement has at least one.
/// </summary>
/// <param name="Source">The cited publication or URL.</param>
/// <param name="Dataset">The dataset file (<c>data/statements/mali-memberships.tsv</c>).</param>
/// <param name="Row">The 1-based line of the row in <paramref name="Dataset"/>.</param>
/// <param name="Document">The sha256 of a document the statement was read from.</param>
/// <param name="Start">The first character of the evidence in the document.</param>
/// <param name="End">The character after the evidence.</param>
/// <param name="Text">The evidence sentence.</param>
public sealed record Reference(
    string? Source = null,
    string? Dataset = null,
    int? Row = null,
    string? Document = null,
    int? Start = null,
    int? End = null,
    string? Text = null)
{
    public static Reference FromDataset(string dataset, int row, string source) => new(source, dataset, row);

    /// <summary>True when it names something a reader can follow: a source, a dataset row or a document.</summary>
    public bool IsUsable => !string.IsNullOrWhiteSpace(Source) || Dataset is not null || Document is not null;
}
