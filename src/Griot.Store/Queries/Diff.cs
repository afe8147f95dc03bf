using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store.Queries;

/// <summary>
/// What changed for an actor between two days: statements that hold on <see cref="To"/> and not on
/// <see cref="From"/> (added), and the reverse (removed). Events between the days (a coup, a
/// founding) count as added.
/// </summary>
public sealed record Diff(Actor Actor, DateOnly From, DateOnly To, IReadOnlyList<Statement> Added, IReadOnlyList<Statement> Removed,
    IReadOnlyDictionary<string, Actor> Names);

/// <summary>Whether a timeline entry marks the start or the end of a statement.</summary>
public enum TimelineEdge
{
    Start,
    End,
}

/// <summary>One dated change in an actor's (or a pair's) history.</summary>
public sealed record TimelineEntry(Griot.Core.Time.IntervalBound Date, TimelineEdge Edge, Statement Statement);

/// <summary>The dated history of an actor, or of the ties between two actors, oldest first.</summary>
public sealed record Timeline(Actor Actor, Actor? With, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<Statement> Undated,
    IReadOnlyDictionary<string, Actor> Names);
