using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store.ReadModel;

/// <summary>
/// The whole knowledge base at one revision of the store, in memory and immutable: actors by id and by every name,
/// statements indexed by subject, object and predicate, each index in the store's order (subject, predicate, start,
/// object, id). Built when the store opens and replaced whole when its revision changes
/// (<see cref="KnowledgeSnapshots"/>), so any number of readers share it without locks.
/// </summary>
public sealed class KnowledgeSnapshot : IKnowledgeReader
{
    private static readonly int[] None = [];
    private readonly Statement[] _statements;
    private readonly Dictionary<string, int[]> _bySubject;
    private readonly Dictionary<string, int[]> _byObject;
    private readonly Dictionary<string, int[]> _byPredicate;
    private readonly Dictionary<string, Actor> _actors;
    private readonly (string Id, string Name)[] _actorList;
    private readonly (string ActorId, string Name, NameType Type, string Normalized)[] _names;

    private KnowledgeSnapshot(long revision, IReadOnlyDictionary<string, Actor> actors, IReadOnlyList<Statement> statements)
    {
        Revision = revision;
        _actors = new Dictionary<string, Actor>(actors, StringComparer.Ordinal);
        _actorList = _actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => (a.Id, a.Name)).ToArray();
        _names = _actorList
            .SelectMany(a => _actors[a.Id].AllNames().Select(n => (a.Id, n.Name, n.Type, NameKey.Of(n.Name))))
            .ToArray();
        _statements = [.. statements];
        _bySubject = Index(_statements, s => s.Subject);
        _byObject = Index(_statements, s => s.Object);
        _byPredicate = Index(_statements, s => s.Predicate.Id);
    }

    /// <summary>The store's revision this snapshot was read at.</summary>
    public long Revision { get; }

    /// <summary>Every statement, in the store's order.</summary>
    public IReadOnlyList<Statement> Statements => _statements;

    public int ActorCount => _actors.Count;

    /// <summary>Reads the whole store. The revision is read first: a write while reading leaves a snapshot that looks older than it is, so it is read again.</summary>
    public static async Task<KnowledgeSnapshot> ReadAsync(IKnowledgeStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var revision = await store.GetRevisionAsync(cancellationToken);
        var ids = await store.ListActorsAsync(cancellationToken);
        var actors = await store.GetActorsAsync(ids.Select(a => a.Id), cancellationToken);
        var statements = await store.QueryAsync(new StatementQuery(), cancellationToken);
        return new KnowledgeSnapshot(revision, actors, statements);
    }

    /// <summary>A snapshot of the given actors and statements (statements in any order), for tests and tools.</summary>
    public static KnowledgeSnapshot Of(long revision, IEnumerable<Actor> actors, IEnumerable<Statement> statements) =>
        new(revision, actors.ToDictionary(a => a.Id, StringComparer.Ordinal),
            statements.OrderBy(s => s.Subject, StringComparer.Ordinal).ThenBy(s => s.Predicate.Id, StringComparer.Ordinal)
                .ThenBy(s => s.Valid.StartEarliest).ThenBy(s => s.Object, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToArray());

    public Actor? GetActor(string id) => _actors.GetValueOrDefault(id);

    public IReadOnlyList<Statement> Query(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var candidates = Candidates(query);
        var result = new List<Statement>();
        var day = query.ValidOn?.DayNumber;
        foreach (var i in candidates)
        {
            var s = _statements[i];
            if ((query.Subject is null || s.Subject == query.Subject)
                && (query.Predicate is null || s.Predicate.Id == query.Predicate)
                && (query.Object is null || s.Object == query.Object)
                && (query.Involving is null || s.Subject == query.Involving || s.Object == query.Involving)
                && (day is not { } d || (s.Valid.StartEarliest <= d && d < s.Valid.EndLatest)))
            {
                result.Add(s);
            }
        }

        return result;
    }

    public IReadOnlyList<ActorMatch> FindActors(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }

        var hits = new List<ActorNameRanking.Hit>();
        foreach (var (actorId, name, type, normalized) in _names)
        {
            var rank = ActorNameRanking.Rank(normalized, key);
            if (rank >= 0)
            {
                hits.Add(new ActorNameRanking.Hit(actorId, name, type, rank));
            }
        }

        return ActorNameRanking.Best(hits, limit).Select(h => new ActorMatch(_actors[h.ActorId], h.Name, h.Type, h.Rank == 0)).ToList();
    }

    public Task<Actor?> GetActorAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Task.FromResult(GetActor(id));
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_actors.TryGetValue(id, out var actor))
            {
                found[id] = actor;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, Actor>>(found);
    }

    public Task<IReadOnlyList<(string Id, string Name)>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<(string Id, string Name)>>(_actorList);

    public Task<IReadOnlyList<ActorMatch>> FindActorsAsync(string text, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindActors(text, limit));

    public Task<IReadOnlyList<Statement>> QueryAsync(StatementQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query(query));

    /// <summary>The positions of the statements a query may match, in order: the narrowest index its filters allow.</summary>
    private IReadOnlyList<int> Candidates(StatementQuery query)
    {
        IReadOnlyList<int>? best = null;
        void Narrow(Dictionary<string, int[]> index, string? key)
        {
            if (key is not null)
            {
                var list = index.GetValueOrDefault(key) ?? None;
                if (best is null || list.Length < best.Count)
                {
                    best = list;
                }
            }
        }

        Narrow(_bySubject, query.Subject);
        Narrow(_byObject, query.Object);
        Narrow(_byPredicate, query.Predicate);
        if (query.Involving is { } actor && best is null)
        {
            best = Merge(_bySubject.GetValueOrDefault(actor) ?? None, _byObject.GetValueOrDefault(actor) ?? None);
        }

        return best ?? Enumerable.Range(0, _statements.Length).ToArray();
    }

    /// <summary>Two ascending lists of positions as one, without repeats (a statement about an actor and itself).</summary>
    private static int[] Merge(int[] a, int[] b)
    {
        var merged = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j >= b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.Length && a[i] == next)
            {
                i++;
            }

            if (j < b.Length && b[j] == next)
            {
                j++;
            }

            merged.Add(next);
        }

        return [.. merged];
    }

    private static Dictionary<string, int[]> Index(Statement[] statements, Func<Statement, string?> key)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Length; i++)
        {
            if (key(statements[i]) is { } k)
            {
                if (!lists.TryGetValue(k, out var list))
                {
                    lists[k] = list = [];
                }

                list.Add(i);
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
