using Griot.Store.Json;
using Griot.Store.ReferenceData;

namespace Griot.Store.Exchange;

/// <summary>What an import did: the problems that refused it, or what it wrote.</summary>
public sealed record ImportOutcome(IReadOnlyList<DataDiagnostic> Diagnostics, ImportReport? Report, int ActorsUnchanged)
{
    public bool Refused => Report is null;
}

/// <summary>
/// Imports files of statements (and actors) into a store: every file is read and checked first,
/// against the store's own actors and statements; if any row has an error, nothing is written and
/// every problem is listed; otherwise all of it is written in one transaction. Importing the same
/// files again changes nothing.
/// </summary>
public static class KnowledgeImport
{
    public const string Origin = "import";

    public static async Task<ImportOutcome> ImportAsync(IKnowledgeStore store, IReadOnlyList<string> paths,
        TextReader? standardInput = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var data = StatementFileReader.Read(paths, standardInput);
        var known = await store.GetActorsAsync((await store.ListActorsAsync(cancellationToken)).Select(a => a.Id), cancellationToken);
        var statements = await store.QueryAsync(new StatementQuery(), cancellationToken);
        var diagnostics = DataLinter.Lint(data, new LintContext(known, statements));
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new ImportOutcome(diagnostics, null, 0);
        }

        // An actor the store already holds exactly as given is left alone, so re-imports write nothing.
        var changed = data.Actors.Select(a => a.Actor)
            .Where(a => !known.TryGetValue(a.Actor.Id, out var existing)
                || GriotJson.Serialize(GriotJson.ActorDetail(existing)) != GriotJson.Serialize(GriotJson.ActorDetail(a.Actor)))
            .ToArray();
        var report = await store.ImportAsync(new KnowledgeSet(changed, data.Statements.Select(s => s.Statement).ToArray()),
            new ImportOptions(Origin), cancellationToken);
        return new ImportOutcome(diagnostics, report, data.Actors.Count - changed.Length);
    }
}
