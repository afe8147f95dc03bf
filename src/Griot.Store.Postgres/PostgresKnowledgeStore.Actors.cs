using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Npgsql;

namespace Griot.Store.Postgres;

public sealed partial class PostgresKnowledgeStore
{
    private const string ActorColumns = "id, kind, name, official_name, capital, iso2, iso_numeric, cow, cameo, wikidata";

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
        var names = await ReadListedNamesAsync(connection, idArray, cancellationToken);

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        await using var command = PostgresCommands.Create(connection, $"SELECT {ActorColumns} FROM actors WHERE id = ANY(@ids)", ("ids", idArray));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            VocabularyNames.TryParse<ActorKind>(reader.GetString(1), out var kind);
            IReadOnlyList<string> Names(NameType type) => names.GetValueOrDefault((id, type)) ?? [];
            actors[id] = new Actor(id, kind, reader.GetString(2), NullableString(reader, 3),
                Names(NameType.Other), Names(NameType.Acronym), Names(NameType.Demonym), NullableString(reader, 4),
                new ActorIdentifiers(NullableString(reader, 5), NullableString(reader, 6),
                    reader.IsDBNull(7) ? null : reader.GetInt32(7), NullableString(reader, 8), NullableString(reader, 9)),
                Names(NameType.Place));
        }

        return actors;
    }

    /// <summary>The names an actor has lists of (the others are columns of <c>actors</c>), by actor and type, in their order.</summary>
    private static async Task<Dictionary<(string, NameType), List<string>>> ReadListedNamesAsync(NpgsqlConnection connection, string[] ids,
        CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, NameType), List<string>>();
        await using var command = PostgresCommands.Create(connection, """
            SELECT actor_id, type, name FROM actor_names
            WHERE actor_id = ANY(@ids) AND type IN ('other', 'acronym', 'demonym', 'place')
            ORDER BY actor_id, type, ordinal
            """, ("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            VocabularyNames.TryParse<NameType>(reader.GetString(1), out var type);
            var key = (reader.GetString(0), type);
            if (!names.TryGetValue(key, out var list))
            {
                names[key] = list = [];
            }

            list.Add(reader.GetString(2));
        }

        return names;
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

        var hits = new List<ActorNameRanking.Hit>();
        await using (var connection = await ConnectAsync(cancellationToken))
        await using (var command = PostgresCommands.Create(connection,
            "SELECT actor_id, name, type, normalized FROM actor_names WHERE strpos(normalized, @key) > 0", ("key", key)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var rank = ActorNameRanking.Rank(reader.GetString(3), key);
                VocabularyNames.TryParse<NameType>(reader.GetString(2), out var type);
                if (rank >= 0)
                {
                    hits.Add(new ActorNameRanking.Hit(reader.GetString(0), reader.GetString(1), type, rank));
                }
            }
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
        var result = new List<Reference>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Reference(NullableString(reader, 0), NullableString(reader, 1), NullableInt(reader, 2)));
        }

        return result;
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? NullableInt(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
