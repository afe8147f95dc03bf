using Griot.Events.Import;

namespace Griot.Events.Store;

/// <summary>A malformed row kept out of the store: where it is and what is wrong with it.</summary>
public sealed record MalformedRow(string File, long Line, string Column, string Problem);

/// <summary>What importing one file did.</summary>
/// <param name="File">The file as named (a zip entry as <c>archive.zip!entry</c>).</param>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="RowsAdded">Rows stored.</param>
/// <param name="Duplicates">Rows already in the store from another file (same source and event id), not stored again.</param>
/// <param name="Malformed">How many rows were kept out as malformed; <paramref name="Examples"/> lists the first of them.</param>
/// <param name="AlreadyImported">The same content was imported before (as <paramref name="PreviousName"/>): nothing was added.</param>
public sealed record FileImportReport(string File, EventFormat Format, long RowsRead, long RowsAdded, long Duplicates, long Malformed,
    IReadOnlyList<MalformedRow> Examples, bool AlreadyImported, string? PreviousName = null);

/// <summary>Progress of an import: the stage ("reading" decompresses and fingerprints, "loading" stores) and its fraction.</summary>
public readonly record struct ImportProgress(string File, string Stage, double Fraction);
