using Griot.Core.Statements;

namespace Griot.Store.ReferenceData;

/// <summary>Where a row came from: the file as shown to people and its 1-based line.</summary>
public sealed record RowLocation(string File, int Line);

/// <summary>A statement read from a data file, with the row it was read from.</summary>
/// <param name="Swapped">The row wrote subject and object the other way round (a symmetric predicate keeps them in id order).</param>
public sealed record LocatedStatement(Statement Statement, RowLocation Location, bool Swapped = false);

/// <summary>An actor read from a data file, with the row it was read from.</summary>
public sealed record LocatedActor(SourcedActor Actor, RowLocation Location);

/// <summary>What a folder of reference data holds, and every problem found in reading it.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<LocatedActor> Actors,
    IReadOnlyList<LocatedStatement> Statements,
    IReadOnlyList<DataDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public KnowledgeSet ToKnowledgeSet() =>
        new(Actors.Select(a => a.Actor).ToArray(), Statements.Select(s => s.Statement).ToArray());
}
