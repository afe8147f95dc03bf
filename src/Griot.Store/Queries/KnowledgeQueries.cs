using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.ReferenceData;

namespace Griot.Store.Queries;

/// <summary>
/// The questions Griot answers of any store: an actor's profile on a day, what changed between two
/// days, and its timeline. Each returns null when the actor is not known.
/// </summary>
public sealed class KnowledgeQueries(IKnowledgeReader store)
{
    private readonly IKnowledgeReader _store = store ?? throw new ArgumentNullException(nameof(store));

    public async Task<Profile?> ProfileAsync(string actorId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var actor = await _store.GetActorAsync(actorId, cancellationToken);
        if (actor is null)
        {
            return null;
        }

        var statements = await _store.QueryAsync(new StatementQuery { Involving = actorId, ValidOn = asOf }, cancellationToken);
        var suspensions = statements.Where(s => s.Predicate == Predicate.SuspendedFrom).ToArray();
        var withdrawals = statements.Where(s => s.Predicate == Predicate.WithdrewFrom && s.Subject == actorId).ToArray();
        bool Suspended(string member, string organization) =>
            suspensions.Any(s => s.Subject == member && s.Object == organization && s.Valid.CoverageOn(asOf) == Coverage.Certain);

        var neighbors = statements.Where(s => s.Predicate == Predicate.Borders)
            .Select(s => s.OtherParty(actorId)!).Distinct().Order(StringComparer.Ordinal).ToArray();

        var memberships = statements.Where(s => s.Predicate == Predicate.MemberOf && s.Subject == actorId)
            .Select(s => new MembershipEntry(s.Object!, s.Qualifiers.Get("role") ?? "member", s.Valid, Suspended(actorId, s.Object!),
                PendingWithdrawal(withdrawals, s, asOf), s.Valid.CoverageOn(asOf), s))
            .OrderBy(m => m.Organization, StringComparer.Ordinal).ThenBy(m => m.Valid.StartEarliest)
            .ToArray();

        var members = statements.Where(s => s.Predicate == Predicate.MemberOf && s.Object == actorId)
            .Select(s => new MemberEntry(s.Subject, s.Qualifiers.Get("role") ?? "member", s.Valid, Suspended(s.Subject, actorId), s.Valid.CoverageOn(asOf), s))
            .OrderBy(m => m.Member, StringComparer.Ordinal)
            .ToArray();

        var relations = statements.Where(s => s.Predicate == Predicate.Relation)
            .Select(s => new RelationEntry(s.OtherParty(actorId)!, Parse<Stance>(s.Qualifiers.Get("stance")),
                Parse<Trend>(s.Qualifiers.Get("trend")), s.Valid, s.Valid.CoverageOn(asOf), s))
            .OrderBy(r => r.With, StringComparer.Ordinal).ThenBy(r => r.Valid.StartEarliest)
            .ToArray();

        var presences = statements.Where(s => s.Predicate == Predicate.MilitaryPresenceIn && s.Object == actorId)
            .Select(s => new PresenceEntry(s.Subject, s.Valid, s.Valid.CoverageOn(asOf), s))
            .OrderBy(p => p.Valid.StartEarliest).ThenBy(p => p.Actor, StringComparer.Ordinal)
            .ToArray();

        // Where a handover date is known only roughly, two leaders may both possibly hold office:
        // prefer the one who certainly does, then the later one.
        var leader = statements.Where(s => s.Predicate == Predicate.HeadOfState && s.Subject == actorId)
            .OrderByDescending(s => s.Valid.CoverageOn(asOf)).ThenByDescending(s => s.Valid.StartEarliest)
            .FirstOrDefault();

        var shown = statements.Where(s => s.Predicate != Predicate.SuspendedFrom || suspensions.Contains(s)).ToArray();
        var names = await NamesAsync([actorId, .. neighbors, .. shown.SelectMany(Parties)], cancellationToken);
        var head = leader is null ? null
            : new HeadOfStateEntry(leader.Object!, names.GetValueOrDefault(leader.Object!)?.Name ?? leader.Object!, leader.Valid, leader.Valid.CoverageOn(asOf), leader);
        var sources = shown.SelectMany(s => s.References).Select(r => r.Source ?? r.Document ?? r.Dataset).Distinct().Count();
        return new Profile(actor, asOf, neighbors, memberships, members, relations, presences, head, names, sources);
    }

    public async Task<Diff?> DiffAsync(string actorId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var actor = await _store.GetActorAsync(actorId, cancellationToken);
        if (actor is null)
        {
            return null;
        }

        var statements = await _store.QueryAsync(StatementQuery.About(actorId), cancellationToken);
        var added = statements.Where(s => s.Valid.IsValidOn(to) && !s.Valid.IsValidOn(from)).OrderBy(Chronologically).ToArray();
        var removed = statements.Where(s => s.Valid.IsValidOn(from) && !s.Valid.IsValidOn(to)).OrderBy(Chronologically).ToArray();
        var names = await NamesAsync([actorId, .. added.Concat(removed).SelectMany(Parties)], cancellationToken);
        return new Diff(actor, from, to, added, removed, names);
    }

    /// <summary>
    /// What the knowledge base holds for a pair over a span (open ends when null): the statements between the two
    /// (relation stances, independence, presences, borders) and the memberships of organizations both belong to,
    /// oldest first. Laid beside coded events, they show what held while the events happened.
    /// </summary>
    public async Task<IReadOnlyList<Statement>> PairStatementsAsync(string a, string b, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var span = ValidityInterval.Of(from is { } f ? IntervalBound.On(PartialDate.FromDate(f)) : IntervalBound.Open,
            to is { } t ? IntervalBound.On(PartialDate.FromDate(t)) : IntervalBound.Open);
        var ofA = await _store.QueryAsync(StatementQuery.About(a), cancellationToken);
        var ofB = await _store.QueryAsync(StatementQuery.About(b), cancellationToken);
        var direct = ofA.Where(s => s.Subject == b || s.Object == b);
        var membershipsOfB = ofB.Where(s => s.Predicate == Predicate.MemberOf && s.Subject == b).ToList();
        var shared = ofA.Where(s => s.Predicate == Predicate.MemberOf && s.Subject == a)
            .Where(m => membershipsOfB.Any(o => o.Object == m.Object && o.Valid.MayOverlap(m.Valid)))
            .SelectMany(m => membershipsOfB.Where(o => o.Object == m.Object).Prepend(m));
        return direct.Concat(shared)
            .Where(s => s.Valid.MayOverlap(span))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Valid.StartEarliest)
            .ThenBy(s => s.Predicate.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Timeline?> TimelineAsync(string actorId, string? withId, CancellationToken cancellationToken = default)
    {
        var actor = await _store.GetActorAsync(actorId, cancellationToken);
        var other = withId is null ? null : await _store.GetActorAsync(withId, cancellationToken);
        if (actor is null || (withId is not null && other is null))
        {
            return null;
        }

        var statements = (await _store.QueryAsync(StatementQuery.About(actorId), cancellationToken))
            .Where(s => withId is null || Parties(s).Contains(withId) || s.Qualifiers.Values.Contains(withId))
            .ToArray();
        var entries = statements
            .SelectMany(s => new[] { (Bound: s.Valid.Start, Edge: TimelineEdge.Start, Statement: s), (Bound: s.Valid.End, Edge: TimelineEdge.End, Statement: s) })
            .Where(e => e.Bound.Kind == BoundKind.Dated)
            .Select(e => new TimelineEntry(e.Bound, e.Edge, e.Statement))
            // On one day, an ending fact comes right before the fact that takes its place (the next
            // stance with the same state, the next head of state), so that readers see a transition.
            .OrderBy(e => e.Date.Date!.Value)
            .ThenBy(e => e.Statement.Predicate.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Statement.Subject + "|" + (e.Statement.Predicate == Predicate.HeadOfState ? "" : e.Statement.Object), StringComparer.Ordinal)
            .ThenBy(e => e.Edge == TimelineEdge.Start ? 1 : 0)
            .ToArray();
        var undated = statements.Where(s => s.Valid.Start.Kind != BoundKind.Dated && s.Valid.End.Kind != BoundKind.Dated).ToArray();
        var names = await NamesAsync([actorId, .. statements.SelectMany(Parties)], cancellationToken);
        return new Timeline(actor, other, entries, undated, names);
    }

    /// <summary>Known actors whose id or name is close to <paramref name="wanted"/>, best first.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> SuggestAsync(string wanted, int count = 5, CancellationToken cancellationToken = default)
    {
        var actors = await _store.ListActorsAsync(cancellationToken);
        var byId = Suggestions.Closest(wanted, actors.Select(a => a.Id), count);
        var byName = (await _store.FindActorsAsync(wanted, count, cancellationToken)).Select(m => m.Actor.Id);
        var ids = byId.Concat(byName).Distinct().Take(count).ToHashSet(StringComparer.Ordinal);
        return actors.Where(a => ids.Contains(a.Id)).ToArray();
    }

    private async Task<IReadOnlyDictionary<string, Actor>> NamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        await _store.GetActorsAsync(ids.Distinct(), cancellationToken);

    private static IEnumerable<string> Parties(Statement s) =>
        s.Predicate.ObjectKind == ObjectKind.Actor ? [s.Subject, s.Object!] : [s.Subject];

    private static int Chronologically(Statement s) => s.Valid.StartEarliest;

    private static PartialDate? PendingWithdrawal(IEnumerable<Statement> withdrawals, Statement membership, DateOnly asOf) =>
        withdrawals.Where(w => w.Object == membership.Object)
            .Select(w => PartialDate.Parse(w.Qualifiers.Get("announced")) is { Success: true } p ? p.Value : (PartialDate?)null)
            .FirstOrDefault(announced => announced is { } a && a.Earliest <= asOf);

    private static T? Parse<T>(string? name) where T : struct, Enum =>
        VocabularyNames.TryParse<T>(name, out var value) ? value : null;
}
