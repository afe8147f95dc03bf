using Griot.Core.Statements;
using Griot.Store;

namespace Griot.Text.Checking;

/// <summary>The statements about each actor, read once per check.</summary>
internal sealed class KnowledgeCache(IKnowledgeStore store)
{
    private readonly Dictionary<string, IReadOnlyList<Statement>> _about = new(StringComparer.Ordinal);

    public IKnowledgeStore Store => store;

    public async Task<IReadOnlyList<Statement>> AboutAsync(string actorId, CancellationToken cancellationToken)
    {
        if (!_about.TryGetValue(actorId, out var statements))
        {
            statements = await store.QueryAsync(StatementQuery.About(actorId), cancellationToken);
            _about[actorId] = statements;
        }

        return statements;
    }

    /// <summary>The founding members of an organization with a known founding, or none.</summary>
    public async Task<IReadOnlyList<string>> FoundersAsync(string organization, CancellationToken cancellationToken)
    {
        var about = await AboutAsync(organization, cancellationToken);
        return about
            .Where(s => s.Predicate == Predicate.MemberOf && s.Object == organization && s.Qualifiers.Get("role") == "founding_member")
            .Select(s => s.Subject)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Actors' names for reasons people read, read once.</summary>
internal sealed class Names(IKnowledgeStore store)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> OfAsync(string id, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(id, out var name))
        {
            var actor = await store.GetActorAsync(id, cancellationToken);
            name = actor is null ? id : $"{actor.Name} ({id})";
            _names[id] = name;
        }

        return name;
    }
}
