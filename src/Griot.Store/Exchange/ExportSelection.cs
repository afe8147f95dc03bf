using Griot.Core.Statements;

namespace Griot.Store.Exchange;

/// <summary>What to export: everything, or what holds on a day, or an actor's neighbourhood.</summary>
/// <param name="AsOf">Only statements that may hold on this day.</param>
/// <param name="Actor">Only the actors within <paramref name="Depth"/> steps of this one, and the statements among them.</param>
public sealed record ExportRequest(DateOnly? AsOf = null, string? Actor = null, int Depth = 1);

/// <summary>Chooses the statements and actors of an export.</summary>
public static class ExportSelection
{
    public static async Task<KnowledgeSet> SelectAsync(IKnowledgeStore store, ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var statements = await store.QueryAsync(new StatementQuery { ValidOn = request.AsOf }, cancellationToken);
        if (request.Actor is { } root)
        {
            var reached = Neighbourhood(statements, root, request.Depth);
            statements = statements.Where(s => Parties(s).All(reached.Contains)).ToArray();
        }

        // A whole export carries every actor, even one no statement names yet; a neighbourhood, its own.
        var ids = (request.Actor is null ? (await store.ListActorsAsync(cancellationToken)).Select(a => a.Id) : [])
            .Concat(statements.SelectMany(Parties)).Append(request.Actor).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        var actors = await store.GetActorsAsync(ids, cancellationToken);
        var sourced = new List<SourcedActor>();
        foreach (var id in ids.Where(actors.ContainsKey))
        {
            sourced.Add(new SourcedActor(actors[id], await store.GetActorReferencesAsync(id, cancellationToken)));
        }

        return new KnowledgeSet(sourced, statements);
    }

    /// <summary>The actors a statement ties together: subject, an actor object, and actors named in qualifiers.</summary>
    public static IEnumerable<string> Parties(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        yield return statement.Subject;
        if (statement.Predicate.ObjectKind == ObjectKind.Actor)
        {
            yield return statement.Object!;
        }

        foreach (var (key, value) in statement.Qualifiers)
        {
            if (statement.Predicate.FindQualifier(key)?.Type == QualifierType.Actor)
            {
                yield return value;
            }
        }
    }

    /// <summary>The actors within <paramref name="depth"/> steps of <paramref name="root"/>, the root included.</summary>
    public static HashSet<string> Neighbourhood(IReadOnlyList<Statement> statements, string root, int depth)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var reached = new HashSet<string>(StringComparer.Ordinal) { root };
        var frontier = new HashSet<string>(StringComparer.Ordinal) { root };
        for (var step = 0; step < depth && frontier.Count > 0; step++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in statements)
            {
                var parties = Parties(statement).ToArray();
                if (parties.Any(frontier.Contains))
                {
                    next.UnionWith(parties.Where(p => !reached.Contains(p)));
                }
            }

            reached.UnionWith(next);
            frontier = next;
        }

        return reached;
    }
}
