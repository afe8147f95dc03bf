using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Store.Queries;

/// <summary>What held for an actor on one day: neighbours, memberships, relations, presences, leader.</summary>
/// <param name="Names">Every actor the profile mentions, by id, for display.</param>
/// <param name="Sources">How many distinct sources stand behind the profile's statements.</param>
public sealed record Profile(
    Actor Actor,
    DateOnly AsOf,
    IReadOnlyList<string> Neighbors,
    IReadOnlyList<MembershipEntry> Memberships,
    IReadOnlyList<MemberEntry> Members,
    IReadOnlyList<RelationEntry> Relations,
    IReadOnlyList<PresenceEntry> Presences,
    HeadOfStateEntry? HeadOfState,
    IReadOnlyDictionary<string, Actor> Names,
    int Sources);

/// <summary>A membership that held on the profile's day.</summary>
/// <param name="Suspended">A suspension certainly covers the day.</param>
/// <param name="WithdrawalAnnounced">The day a withdrawal was announced that had not yet taken effect.</param>
/// <param name="Coverage">Whether the membership certainly or only possibly held (a bound known only to its year).</param>
public sealed record MembershipEntry(string Organization, string Role, ValidityInterval Valid, bool Suspended,
    PartialDate? WithdrawalAnnounced, Coverage Coverage, Statement Statement);

/// <summary>A member of an organization on the profile's day.</summary>
public sealed record MemberEntry(string Member, string Role, ValidityInterval Valid, bool Suspended, Coverage Coverage, Statement Statement);

/// <summary>A stance period with another state that held on the profile's day.</summary>
public sealed record RelationEntry(string With, Stance? Stance, Trend? Trend, ValidityInterval Valid, Coverage Coverage, Statement Statement);

/// <summary>A foreign military or peacekeeping presence on the profile's day.</summary>
public sealed record PresenceEntry(string Actor, ValidityInterval Valid, Coverage Coverage, Statement Statement);

/// <summary>The head of state on the profile's day.</summary>
public sealed record HeadOfStateEntry(string Id, string Name, ValidityInterval Valid, Coverage Coverage, Statement Statement);
