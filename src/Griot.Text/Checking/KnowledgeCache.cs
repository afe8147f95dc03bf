using System.Collections.Concurrent;
using Griot.Core.Statements;
using Griot.Store;

namespace Griot.Text.Checking;

/// <summary>The statements about each actor, read once for as long as a checker lives (thread-safe).</summary>
internal sealed class KnowledgeCache(IKnowledgeReader store)
{
    private readonly ConcurrentDictionary<string, ActorKnowledge> _about = new(StringComparer.Ordinal);

    public IKnowledgeReader Store => store;

    public async Task<ActorKnowledge> AboutAsync(string actorId, CancellationToken cancellationToken)
    {
        if (!_about.TryGetValue(actorId, out var knowledge))
        {
            knowledge = new ActorKnowledge(actorId, await store.QueryAsync(StatementQuery.About(actorId), cancellationToken));
            _about.TryAdd(actorId, knowledge);
        }

        return knowledge;
    }

    /// <summary>The founding members of an organization with a known founding, or none.</summary>
    public async Task<IReadOnlyList<string>> FoundersAsync(string organization, CancellationToken cancellationToken) =>
        (await AboutAsync(organization, cancellationToken)).Founders;
}

/// <summary>The statements that involve one actor, by predicate.</summary>
internal sealed class ActorKnowledge
{
    private readonly Dictionary<string, List<Statement>> _byPredicate = new(StringComparer.Ordinal);

    public ActorKnowledge(string actorId, IReadOnlyList<Statement> statements)
    {
        foreach (var statement in statements)
        {
            if (!_byPredicate.TryGetValue(statement.Predicate.Id, out var list))
            {
                _byPredicate[statement.Predicate.Id] = list = [];
            }

            list.Add(statement);
        }

        Founders = this[Predicate.MemberOf]
            .Where(s => s.Object == actorId && s.Qualifiers.Get("role") == "founding_member")
            .Select(s => s.Subject)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The statements of a predicate that involve the actor.</summary>
    public IReadOnlyList<Statement> this[Predicate predicate] => _byPredicate.TryGetValue(predicate.Id, out var list) ? list : [];

    /// <summary>Where the actor is an organization with a known founding: its founding members.</summary>
    public IReadOnlyList<string> Founders { get; }
}

/// <summary>Actors' names for reasons people read, read once (thread-safe).</summary>
internal sealed class Names(IKnowledgeReader store)
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> OfAsync(string id, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(id, out var name))
        {
            var actor = await store.GetActorAsync(id, cancellationToken);
            name = actor is null ? id : $"{actor.Name} ({id})";
            _names.TryAdd(id, name);
        }

        return name;
    }
}
