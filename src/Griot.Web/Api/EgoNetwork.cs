using Griot.Core.Statements;
using Griot.Store;
using Griot.Store.Json.Contracts;

namespace Griot.Web.Api;

/// <summary>
/// An actor's ties on a day: the actors and organizations within <c>depth</c> steps, through memberships,
/// borders, relations, presences, support and heads of state valid that day. Large organizations are not
/// walked through past the first step (the UN would bring in every state), and the graph stops at 250 nodes.
/// </summary>
public static class EgoNetwork
{
    private const int MaxNodes = 250;

    public static async Task<NetworkDto?> BuildAsync(IKnowledgeReader store, string id, DateOnly day, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetActorAsync(id, cancellationToken) is null)
        {
            return null;
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [id] = 0 };
        var edges = new Dictionary<string, Statement>(StringComparer.Ordinal);
        var frontier = new List<string> { id };
        for (var step = 1; step <= depth && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var actor in frontier)
            {
                var statements = (await store.QueryAsync(new StatementQuery { Involving = actor, ValidOn = day }, cancellationToken))
                    .Where(s => s.Predicate.NetworkTie && s.Object is not null).ToList();

                // Beyond the first step, an organization with many members is a hub, not a tie worth walking.
                if (step > 1 && statements.Count(s => s.Object == actor && s.Predicate == Predicate.MemberOf) > 30)
                {
                    continue;
                }

                foreach (var s in statements)
                {
                    var other = s.OtherParty(actor)!;
                    if (!distance.ContainsKey(other))
                    {
                        if (distance.Count >= MaxNodes)
                        {
                            continue;
                        }

                        distance[other] = step;
                        next.Add(other);
                    }

                    edges.TryAdd(s.Id, s);
                }
            }

            frontier = next;
        }

        var actors = await store.GetActorsAsync(distance.Keys, cancellationToken);
        var nodes = distance.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => actors.TryGetValue(d.Key, out var a) ? NetworkNodeDto.Of(a, d.Value) : NetworkNodeDto.Unknown(d.Key, d.Value))
            .ToArray();
        var links = edges.Values.Where(s => distance.ContainsKey(s.Subject) && distance.ContainsKey(s.Object!))
            .Select(NetworkEdgeDto.Of)
            .ToArray();
        return NetworkDto.Of(id, day, depth, nodes, links);
    }
}
