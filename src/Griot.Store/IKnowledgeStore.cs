using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store;

/// <summary>
/// The knowledge store: actors and sourced statements in time. Every engine (SQLite embedded,
/// PostgreSQL on a server) passes the same contract suite.
/// </summary>
public interface IKnowledgeStore : IAsyncDisposable
{
    Task<Actor?> GetActorAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every actor id, for suggestions when an id is not found.</summary>
    Task<IReadOnlyList<(string Id, string Name)>> ListActorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Actors one of whose names (name, official, other, acronym, demonym, capital, id) matches <paramref name="text"/>.</summary>
    Task<IReadOnlyList<ActorMatch>> FindActorsAsync(string text, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Reference>> GetActorReferencesAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Statement>> QueryAsync(StatementQuery query, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="set"/> in one transaction: all of it or, on any failure, nothing.</summary>
    Task<ImportReport> ImportAsync(KnowledgeSet set, ImportOptions options, CancellationToken cancellationToken = default);

    Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Counts of actors and statements, and statements by predicate.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}

public sealed record StoreCounts(int Actors, int Statements, int References, IReadOnlyDictionary<string, int> StatementsByPredicate);
