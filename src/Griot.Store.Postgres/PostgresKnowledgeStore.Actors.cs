using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Store.Engines;
using Npgsql;

namespace Griot.Store.Postgres;

public sealed partial class PostgresKnowledgeStore
{
    private const string ActorColumns = StoreRows.ActorColumns;

    public async Task<Actor?> GetActorAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var actors = await GetActorsAsync([id], cancellationToken);
        return actors.GetValueOrDefault(id);
    }

    public async Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var idArray = ids.Distinct().ToArray();
        await using var connection = await ConnectAsync(cancellationToken);
        Dictionary<(string, NameType), List<string>> names;
        await using (var namesCommand = PostgresCommands.Create(connection, $"""
            SELECT actor_id, type, name FROM actor_names
            WHERE actor_id = ANY(@ids) AND type IN ({StoreRows.ListedNameTypes})
            ORDER BY actor_id, type, ordinal
            """, ("ids", idArray)))
        await using (var namesReader = await namesCommand.ExecuteReaderAsync(cancellationToken))
        {
            names = await StoreRows.ReadListedNamesAsync(namesReader, cancellationToken);
        }

        await using var command = PostgresCommands.Create(connection, $"SELECT {ActorColumns} FROM actors WHERE id = ANY(@ids)", ("ids", idArray));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadActorsAsync(reader, names, cancellationToken);
    }

    public async Task<IReadOnlyList<(string Id, string Name)>> ListActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = PostgresCommands.Create(connection, "SELECT id, name FROM actors ORDER BY id COLLATE \"C\"");
        var result = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    public async Task<IReadOnlyList<ActorMatch>> FindActorsAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }

        List<ActorNameRanking.Hit> hits;
        await using (var connection = await ConnectAsync(cancellationToken))
        await using (var command = PostgresCommands.Create(connection,
            "SELECT actor_id, name, type, normalized FROM actor_names WHERE strpos(normalized, @key) > 0", ("key", key)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            hits = await StoreRows.ReadNameHitsAsync(reader, key, cancellationToken);
        }

        var best = ActorNameRanking.Best(hits, limit);
        var actors = await GetActorsAsync(best.Select(h => h.ActorId), cancellationToken);
        return best.Select(h => new ActorMatch(actors[h.ActorId], h.Name, h.Type, h.Rank == 0)).ToList();
    }

    public async Task<IReadOnlyList<Reference>> GetActorReferencesAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = PostgresCommands.Create(connection,
            "SELECT source, dataset, \"row\" FROM actor_sources WHERE actor_id = @id ORDER BY seq", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadActorReferencesAsync(reader, cancellationToken);
    }
}
