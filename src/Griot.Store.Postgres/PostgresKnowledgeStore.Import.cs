using Griot.Core;
using Griot.Core.Actors;
using Npgsql;
using NpgsqlTypes;

namespace Griot.Store.Postgres;

public sealed partial class PostgresKnowledgeStore
{
    /// <summary>The advisory lock key of imports ("GrioImpt"): imports by every process take turns.</summary>
    private const long ImportLockKey = 0x4772696F_496D7074;

    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private const NpgsqlDbType Integer = NpgsqlDbType.Integer;

    private static readonly ImportTable ImportActors = new("import_actors", ("id", Text), ("kind", Text), ("name", Text),
        ("official_name", Text), ("capital", Text), ("iso2", Text), ("iso_numeric", Text), ("cow", Integer), ("cameo", Text), ("wikidata", Text));

    private static readonly ImportTable ImportActorNames = new("import_actor_names", ("actor_id", Text), ("name", Text),
        ("normalized", Text), ("type", Text), ("ordinal", Integer));

    private static readonly ImportTable ImportActorSources = new("import_actor_sources", ("ord", Integer), ("actor_id", Text),
        ("source", Text), ("dataset", Text), ("dataset_row", Integer));

    private static readonly ImportTable ImportStatements = new("import_statements", ("ord", Integer), ("id", Text), ("subject", Text),
        ("predicate", Text), ("object", Text), ("qualifiers", Text), ("start_bound", Text), ("end_bound", Text),
        ("start_earliest", Integer), ("end_latest", Integer));

    private static readonly ImportTable ImportReferences = new("import_references", ("ord", Integer), ("statement_id", Text),
        ("source", Text), ("dataset", Text), ("dataset_row", Integer), ("document", Text), ("span_start", Integer), ("span_end", Integer),
        ("text", Text));

    public async Task<ImportReport> ImportAsync(KnowledgeSet set, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Held to the end of the transaction: a second import waits, then sees all the first one wrote.
        await PostgresCommands.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", ImportLockKey));
        if (options.ReplaceOrigin)
        {
            await PostgresCommands.ExecuteAsync(connection, "DELETE FROM statements WHERE origin = @origin", cancellationToken, ("origin", options.Origin));
            await PostgresCommands.ExecuteAsync(connection, "DELETE FROM actors WHERE origin = @origin", cancellationToken, ("origin", options.Origin));
        }

        await WriteActorsAsync(connection, set.Actors, options.Origin, cancellationToken);
        var added = await WriteStatementsAsync(connection, set, options.Origin, cancellationToken);
        var references = await WriteReferencesAsync(connection, set, cancellationToken);
        await WriteMetaAsync(connection, options.Meta, cancellationToken);
        // The new revision goes to every listening process as the transaction commits (RevisionWatcher).
        var revision = await PostgresCommands.ScalarAsync<long>(connection, $"""
            WITH bumped AS (UPDATE revision SET value = value + 1 WHERE id = 1 RETURNING value)
            SELECT value FROM bumped, pg_notify('{RevisionWatcher.Channel}', (SELECT value FROM bumped)::text)
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _revisions.Saw(revision);
        return new ImportReport(set.Actors.Count, added, set.Statements.Count - added, references);
    }

    /// <summary>
    /// Upserts the actors and replaces their names and sources. An actor given twice is written as its last
    /// occurrence, as the SQLite engine's row-by-row upsert leaves it.
    /// </summary>
    private static async Task WriteActorsAsync(NpgsqlConnection connection, IReadOnlyList<SourcedActor> actors, string origin,
        CancellationToken cancellationToken)
    {
        if (actors.Count == 0)
        {
            return;
        }

        var lastOfEach = actors.GroupBy(a => a.Actor.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await ImportActors.FillAsync(connection, lastOfEach.Select(a => ActorRow(a.Actor)), cancellationToken);
        await ImportActorNames.FillAsync(connection, lastOfEach.SelectMany(a => NameRows(a.Actor)), cancellationToken);
        await ImportActorSources.FillAsync(connection, lastOfEach.SelectMany(a => a.References.Select(r => (a.Actor.Id, r)))
            .Select((s, ord) => new object?[] { ord, s.Id, s.r.Source, s.r.Dataset, s.r.Row }), cancellationToken);

        await PostgresCommands.ExecuteAsync(connection, $"""
            INSERT INTO actors ({ActorColumns}, origin)
            SELECT {ActorColumns}, @origin FROM import_actors
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, official_name = excluded.official_name,
                capital = excluded.capital, iso2 = excluded.iso2, iso_numeric = excluded.iso_numeric, cow = excluded.cow,
                cameo = excluded.cameo, wikidata = excluded.wikidata, origin = excluded.origin
            """, cancellationToken, ("origin", origin));
        await PostgresCommands.ExecuteAsync(connection, """
            DELETE FROM actor_names WHERE actor_id IN (SELECT id FROM import_actors);
            DELETE FROM actor_sources WHERE actor_id IN (SELECT id FROM import_actors);
            INSERT INTO actor_names (actor_id, name, normalized, type, ordinal)
            SELECT actor_id, name, normalized, type, ordinal FROM import_actor_names
            ON CONFLICT DO NOTHING;
            INSERT INTO actor_sources (actor_id, source, dataset, "row")
            SELECT actor_id, source, dataset, dataset_row FROM import_actor_sources ORDER BY ord;
            """, cancellationToken);
    }

    private static object?[] ActorRow(Actor actor)
    {
        var ids = actor.Identifiers;
        var capital = actor.CapitalNames.Count == 0 ? null : string.Join(" | ", actor.CapitalNames);
        return [actor.Id, VocabularyNames.ToName(actor.Kind), actor.Name, actor.OfficialName, capital,
            ids.Iso2, ids.IsoNumeric, ids.Cow, ids.Cameo, ids.Wikidata];
    }

    private static IEnumerable<object?[]> NameRows(Actor actor) =>
        actor.AllNames().Select((n, ordinal) =>
            new object?[] { actor.Id, n.Name, NameKey.Of(n.Name), VocabularyNames.ToName(n.Type), ordinal });

    /// <summary>Inserts the statements not yet stored (the first of a repeated id wins); returns how many.</summary>
    private static async Task<int> WriteStatementsAsync(NpgsqlConnection connection, KnowledgeSet set, string origin,
        CancellationToken cancellationToken)
    {
        if (set.Statements.Count == 0)
        {
            return 0;
        }

        await ImportStatements.FillAsync(connection, set.Statements.Select((s, ord) => new object?[]
        {
            ord, s.Id, s.Subject, s.Predicate.Id, s.Object, s.Qualifiers.ToString(), s.Valid.Start.ToString(), s.Valid.End.ToString(),
            s.Valid.StartEarliest, s.Valid.EndLatest,
        }), cancellationToken);
        return await PostgresCommands.ExecuteAsync(connection, """
            INSERT INTO statements (id, subject, predicate, object, qualifiers, start_bound, end_bound, start_earliest, end_latest, origin)
            SELECT DISTINCT ON (id) id, subject, predicate, object, qualifiers, start_bound, end_bound, start_earliest, end_latest, @origin
            FROM import_statements ORDER BY id, ord
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken, ("origin", origin));
    }

    /// <summary>
    /// Adds the references not yet stored, to new and existing statements alike, in the order given; returns how many.
    /// A reference equal to one stored but for its evidence text is not added, as in SQLite.
    /// </summary>
    private static async Task<int> WriteReferencesAsync(NpgsqlConnection connection, KnowledgeSet set, CancellationToken cancellationToken)
    {
        if (!set.Statements.Any(s => s.References.Count > 0))
        {
            return 0;
        }

        var rows = set.Statements.SelectMany(s => s.References.Select(r => (s.Id, r)))
            .Select((x, ord) => new object?[] { ord, x.Id, x.r.Source, x.r.Dataset, x.r.Row, x.r.Document, x.r.Start, x.r.End, x.r.Text });
        await ImportReferences.FillAsync(connection, rows, cancellationToken);
        return await PostgresCommands.ExecuteAsync(connection, """
            INSERT INTO statement_references (statement_id, source, dataset, "row", document, span_start, span_end, text)
            SELECT statement_id, source, dataset, dataset_row, document, span_start, span_end, text
            FROM import_references ORDER BY ord
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }

    private static async Task WriteMetaAsync(NpgsqlConnection connection, IReadOnlyDictionary<string, string>? meta,
        CancellationToken cancellationToken)
    {
        if (meta is null || meta.Count == 0)
        {
            return;
        }

        await PostgresCommands.ExecuteAsync(connection, """
            INSERT INTO meta (key, value) SELECT * FROM unnest(@keys::text[], @values::text[])
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, cancellationToken, ("keys", meta.Keys.ToArray()), ("values", meta.Values.ToArray()));
    }
}
