using Griot.Core.Actors;
using Griot.Store;
using Griot.Store.Queries;

namespace Griot.Application.Events;

/// <summary>A state as coded event data name it: its CAMEO country code, a name, and its Griot id where Griot knows it.</summary>
public sealed record EventParty(string Code, string Name, string? ActorId);

/// <summary>Why a text named no state of the event data.</summary>
/// <param name="Unknown">True when nothing has that id or code (then <paramref name="Suggestions"/> may help); false when the actor is known but cannot be in event data.</param>
public sealed record PartyProblem(string Text, string Message, bool Unknown, IReadOnlyList<(string Id, string Name)> Suggestions);

/// <summary>
/// Resolves what a user typed for a state in event data, the same way on the command line and over HTTP: a Griot id
/// (MLI, NMB, any case) becomes its CAMEO country code (NMB → NAM); a CAMEO code is taken as the Griot state that
/// carries it — before a Griot id of the same text that is no state (NAM: Namibia, not the Non-Aligned Movement) —
/// else as the event data's own country (when its label is known there).
/// </summary>
public sealed class EventParties(IKnowledgeReader knowledge)
{
    public async Task<(EventParty? Party, PartyProblem? Problem)> ResolveAsync(string text, Func<string, string?> eventLabel,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(eventLabel);
        var actor = await knowledge.GetActorAsync(text, cancellationToken) ?? await knowledge.GetActorAsync(text.ToUpperInvariant(), cancellationToken);
        if (actor is { Kind: ActorKind.State, Identifiers.Cameo: { Length: > 0 } cameo })
        {
            return (new EventParty(cameo, actor.Name, actor.Id), null);
        }

        // A CAMEO code names the state that carries it, even where a Griot id is the same text: NAM is Namibia in
        // event data, though Griot's NAM is the Non-Aligned Movement (and Namibia is NMB).
        var code = text.ToUpperInvariant();
        var all = await knowledge.ListActorsAsync(cancellationToken);
        var states = await knowledge.GetActorsAsync(all.Select(a => a.Id), cancellationToken);
        if (states.Values.Where(a => a.Kind == ActorKind.State && a.Identifiers.Cameo == code).OrderBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault() is { } coded)
        {
            return (new EventParty(code, coded.Name, coded.Id), null);
        }

        if (actor is not null)
        {
            return (null, new PartyProblem(text, actor.Kind != ActorKind.State
                ? $"{actor.Name} ({actor.Id}) is not a state: event series and partners follow states by their CAMEO country code"
                : $"{actor.Name} ({actor.Id}) has no CAMEO country code, so no event names it", false, []));
        }

        if (eventLabel(code) is { } label)
        {
            return (new EventParty(code, label, null), null);
        }

        var suggestions = await new KnowledgeQueries(knowledge).SuggestAsync(text, 5, cancellationToken);
        return (null, new PartyProblem(text, $"'{text}' is neither a Griot actor id nor a CAMEO country code", true, suggestions));
    }
}
