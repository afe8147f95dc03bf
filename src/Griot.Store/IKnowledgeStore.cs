using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store;

/// <summary>
/// What Griot reads of its knowledge: actors and their names, and statements by filter. The store reads it from its
/// engine; <see cref="ReadModel.KnowledgeSnapshot"/> answers it from memory, which is what queries, the API and the checker use.
/// </summary>
public interface IKnowledgeReader
{
    Task<Actor?> GetActorAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every actor id with its name, ordered by id, for suggestions when an id is not found.</summary>
    Task<IReadOnlyList<(string Id, string Name)>> ListActorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Actors one of whose names (name, official, other, acronym, demonym, capital, id) matches <paramref name="text"/>.</summary>
    Task<IReadOnlyList<ActorMatch>> FindActorsAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Statements matching <paramref name="query"/>, ordered by subject, predicate, start, object and id.</summary>
    Task<IReadOnlyList<Statement>> QueryAsync(StatementQuery query, CancellationToken cancellationToken = default);
}

/// <summary>
/// The knowledge store: actors and sourced statements in time. Every engine (SQLite embedded,
/// PostgreSQL on a server) passes the same contract suite.
/// </summary>
public interface IKnowledgeStore : IKnowledgeReader, IAsyncDisposable
{
    /// <summary>Where the store is, for messages: a file path, or a server and database (never a password).</summary>
    string Location { get; }

    Task<IReadOnlyList<Reference>> GetActorReferencesAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="set"/> in one transaction: all of it or, on any failure, nothing. The same
    /// transaction bumps the store's revision.
    /// </summary>
    Task<ImportReport> ImportAsync(KnowledgeSet set, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// A counter bumped inside every write transaction, by this process or any other: when it has not changed,
    /// nothing in the store has, so a snapshot read at that revision is still whole. This process's writes show at
    /// once; another's as soon as the engine learns of them (SQLite: at once; PostgreSQL: when the server's
    /// notification of the commit arrives, about a millisecond later, so that reading it costs no round trip).
    /// </summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);

    Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Counts of actors and statements, and statements by predicate.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}

public sealed record StoreCounts(int Actors, int Statements, int References, IReadOnlyDictionary<string, int> StatementsByPredicate);
