using Griot.Core;
using Griot.Core.Actors;
using Microsoft.Data.Sqlite;

namespace Griot.Store.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public async Task<ImportReport> ImportAsync(KnowledgeSet set, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        await using var connection = await ConnectAsync(cancellationToken);
        // BEGIN IMMEDIATE: two processes seeding one file at once take turns instead of failing midway.
        await using var transaction = connection.BeginTransaction(deferred: false);
        SqliteCommand Command(string sql)
        {
            var c = connection.CreateCommand();
            c.Transaction = transaction;
            c.CommandText = sql;
            return c;
        }

        if (options.ReplaceOrigin)
        {
            await using var deleteStatements = Command("DELETE FROM statements WHERE origin = $origin");
            deleteStatements.Parameters.AddWithValue("$origin", options.Origin);
            await deleteStatements.ExecuteNonQueryAsync(cancellationToken);
            await using var deleteActors = Command("DELETE FROM actors WHERE origin = $origin");
            deleteActors.Parameters.AddWithValue("$origin", options.Origin);
            await deleteActors.ExecuteNonQueryAsync(cancellationToken);
        }

        var actorsWritten = await WriteActorsAsync(set.Actors, options.Origin, Command, cancellationToken);
        var (added, unchanged, references) = await WriteStatementsAsync(set, options.Origin, Command, cancellationToken);

        foreach (var (key, value) in options.Meta ?? new Dictionary<string, string>())
        {
            await using var meta = Command("INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            meta.Parameters.AddWithValue("$key", key);
            meta.Parameters.AddWithValue("$value", value);
            await meta.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var bump = Command("UPDATE revision SET value = value + 1 WHERE id = 1"))
        {
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportReport(actorsWritten, added, unchanged, references);
    }

    private static async Task<int> WriteActorsAsync(IReadOnlyList<SourcedActor> actors, string origin,
        Func<string, SqliteCommand> command, CancellationToken cancellationToken)
    {
        await using var upsert = command($"""
            INSERT INTO actors ({ActorColumns}, origin)
            VALUES ($id, $kind, $name, $official, $capital, $iso2, $isoNumeric, $cow, $cameo, $wikidata, $origin)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, official_name = excluded.official_name,
                capital = excluded.capital, iso2 = excluded.iso2, iso_numeric = excluded.iso_numeric, cow = excluded.cow,
                cameo = excluded.cameo, wikidata = excluded.wikidata, origin = excluded.origin
            """);
        await using var clearNames = command("DELETE FROM actor_names WHERE actor_id = $id");
        await using var clearSources = command("DELETE FROM actor_sources WHERE actor_id = $id");
        await using var insertName = command(
            "INSERT OR IGNORE INTO actor_names (actor_id, name, normalized, type, ordinal) VALUES ($id, $name, $normalized, $type, $ordinal)");
        await using var insertSource = command("INSERT INTO actor_sources (actor_id, source, dataset, row) VALUES ($id, $source, $dataset, $row)");

        foreach (var (actor, references) in actors)
        {
            var ids = actor.Identifiers;
            Bind(upsert, ("$id", actor.Id), ("$kind", VocabularyNames.ToName(actor.Kind)), ("$name", actor.Name),
                ("$official", actor.OfficialName), ("$capital", actor.CapitalNames.Count == 0 ? null : string.Join(" | ", actor.CapitalNames)), ("$iso2", ids.Iso2), ("$isoNumeric", ids.IsoNumeric),
                ("$cow", ids.Cow), ("$cameo", ids.Cameo), ("$wikidata", ids.Wikidata), ("$origin", origin));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            Bind(clearNames, ("$id", actor.Id));
            await clearNames.ExecuteNonQueryAsync(cancellationToken);
            Bind(clearSources, ("$id", actor.Id));
            await clearSources.ExecuteNonQueryAsync(cancellationToken);

            var ordinal = 0;
            foreach (var (name, type) in actor.AllNames())
            {
                Bind(insertName, ("$id", actor.Id), ("$name", name), ("$normalized", NameKey.Of(name)),
                    ("$type", VocabularyNames.ToName(type)), ("$ordinal", ordinal++));
                await insertName.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var reference in references)
            {
                Bind(insertSource, ("$id", actor.Id), ("$source", reference.Source), ("$dataset", reference.Dataset), ("$row", reference.Row));
                await insertSource.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return actors.Count;
    }

    private static async Task<(int Added, int Unchanged, int References)> WriteStatementsAsync(KnowledgeSet set, string origin,
        Func<string, SqliteCommand> command, CancellationToken cancellationToken)
    {
        await using var insert = command("""
            INSERT INTO statements (id, subject, predicate, object, qualifiers, start_bound, end_bound, start_earliest, end_latest, origin)
            VALUES ($id, $subject, $predicate, $object, $qualifiers, $start, $end, $startEarliest, $endLatest, $origin)
            ON CONFLICT (id) DO NOTHING
            """);
        await using var insertReference = command("""
            INSERT OR IGNORE INTO statement_references (statement_id, source, dataset, row, document, span_start, span_end, text)
            VALUES ($id, $source, $dataset, $row, $document, $start, $end, $text)
            """);
        int added = 0, unchanged = 0, references = 0;
        foreach (var statement in set.Statements)
        {
            Bind(insert, ("$id", statement.Id), ("$subject", statement.Subject), ("$predicate", statement.Predicate.Id),
                ("$object", statement.Object), ("$qualifiers", statement.Qualifiers.ToString()),
                ("$start", statement.Valid.Start.ToString()), ("$end", statement.Valid.End.ToString()),
                ("$startEarliest", statement.Valid.StartEarliest), ("$endLatest", statement.Valid.EndLatest), ("$origin", origin));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                added++;
            }
            else
            {
                unchanged++;
            }

            foreach (var r in statement.References)
            {
                Bind(insertReference, ("$id", statement.Id), ("$source", r.Source), ("$dataset", r.Dataset), ("$row", r.Row),
                    ("$document", r.Document), ("$start", r.Start), ("$end", r.End), ("$text", r.Text));
                references += await insertReference.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return (added, unchanged, references);
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
