using System.Data.Common;
using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Store.Engines;

/// <summary>
/// How every SQL engine turns its rows into actors and statements: the engines differ in their SQL, not in what a row
/// means, so the columns each reader expects are stated here once and the engines select them in this order.
/// </summary>
public static class StoreRows
{
    /// <summary>The columns of <c>actors</c> that <see cref="ReadActorsAsync"/> reads, in its order.</summary>
    public const string ActorColumns = "id, kind, name, official_name, capital, iso2, iso_numeric, cow, cameo, wikidata";

    /// <summary>The name types kept as lists in <c>actor_names</c> (the others are columns of <c>actors</c>).</summary>
    public const string ListedNameTypes = "'other', 'acronym', 'demonym', 'place'";

    /// <summary>
    /// Statements from rows of a statement joined with its references, ordered by statement: id, subject, predicate,
    /// object, qualifiers, start_bound, end_bound, then the reference's source, dataset, row, document, span_start,
    /// span_end, text (all null where a statement has no reference).
    /// </summary>
    public static async Task<List<Statement>> ReadStatementsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<Statement>();
        string? currentId = null;
        string[] current = [];
        var references = new List<Reference>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (id != currentId)
            {
                if (currentId is not null)
                {
                    result.Add(Materialize(current, references));
                }

                currentId = id;
                current = [reader.GetString(1), reader.GetString(2), NullableString(reader, 3) ?? "", reader.GetString(4), reader.GetString(5), reader.GetString(6)];
                references = [];
            }

            if (!reader.IsDBNull(7) || !reader.IsDBNull(8) || !reader.IsDBNull(10))
            {
                references.Add(new Reference(NullableString(reader, 7), NullableString(reader, 8), NullableInt(reader, 9),
                    NullableString(reader, 10), NullableInt(reader, 11), NullableInt(reader, 12), NullableString(reader, 13)));
            }
        }

        if (currentId is not null)
        {
            result.Add(Materialize(current, references));
        }

        return result;
    }

    /// <summary>The listed names of actors from rows of actor_id, type, name (ordered by actor, type and ordinal).</summary>
    public static async Task<Dictionary<(string, NameType), List<string>>> ReadListedNamesAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new Dictionary<(string, NameType), List<string>>();
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

    /// <summary>Actors from rows of <see cref="ActorColumns"/>, with their listed names from <see cref="ReadListedNamesAsync"/>.</summary>
    public static async Task<Dictionary<string, Actor>> ReadActorsAsync(DbDataReader reader, IReadOnlyDictionary<(string, NameType), List<string>> names,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(names);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
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

    /// <summary>The names that match <paramref name="key"/>, ranked, from rows of actor_id, name, type, normalized (a superset is fine).</summary>
    public static async Task<List<ActorNameRanking.Hit>> ReadNameHitsAsync(DbDataReader reader, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var hits = new List<ActorNameRanking.Hit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var rank = ActorNameRanking.Rank(reader.GetString(3), key);
            VocabularyNames.TryParse<NameType>(reader.GetString(2), out var type);
            if (rank >= 0)
            {
                hits.Add(new ActorNameRanking.Hit(reader.GetString(0), reader.GetString(1), type, rank));
            }
        }

        return hits;
    }

    /// <summary>Actor references from rows of source, dataset, row.</summary>
    public static async Task<List<Reference>> ReadActorReferencesAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<Reference>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Reference(NullableString(reader, 0), NullableString(reader, 1), NullableInt(reader, 2)));
        }

        return result;
    }

    public static string? NullableString(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    private static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private static Statement Materialize(string[] row, List<Reference> references) =>
        Statement.Create(row[0], Predicate.Get(row[1]), row[2].Length == 0 ? null : row[2],
            Qualifiers.Parse(row[3]).Value, ValidityInterval.Parse(row[4], row[5]).Value, references);
}
