using System.Text.Json.Serialization;
using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Time;
using Griot.Store.Queries;

namespace Griot.Store.Json.Contracts;

/// <summary>
/// What held for an actor on a day (VOCABULARY.md's profile). <c>members</c> is written for an organization only;
/// <c>names</c> gives the name of every actor the profile lists, by id.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record ProfileDto
{
    public required ActorDto Actor { get; init; }

    /// <summary>The profile's day, <c>YYYY-MM-DD</c>.</summary>
    public required string AsOf { get; init; }

    public required IReadOnlyList<string> Neighbors { get; init; }

    public required IReadOnlyList<MembershipDto> Memberships { get; init; }

    public required IReadOnlyList<RelationDto> Relations { get; init; }

    public required IReadOnlyList<PresenceDto> Presences { get; init; }

    /// <summary>The head of state on the day; null (and written) where none is known.</summary>
    public required HeadOfStateDto? HeadOfState { get; init; }

    /// <summary>An organization's members on the day; left out of a state's profile.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MemberDto>? Members { get; init; }

    /// <summary>How many distinct sources stand behind the profile's statements.</summary>
    public required int Sources { get; init; }

    /// <summary>The name of every actor the profile lists, by id in ordinal order.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public static ProfileDto Of(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var members = profile.Actor.Kind == ActorKind.Organization ? profile.Members.Select(MemberDto.Of).ToArray() : null;
        return new()
        {
            Actor = ActorDto.Of(profile.Actor),
            AsOf = WireFormat.Day(profile.AsOf),
            Neighbors = profile.Neighbors,
            Memberships = profile.Memberships.Select(MembershipDto.Of).ToArray(),
            Relations = profile.Relations.Select(RelationDto.Of).ToArray(),
            Presences = profile.Presences.Select(PresenceDto.Of).ToArray(),
            HeadOfState = profile.HeadOfState is { } head ? HeadOfStateDto.Of(head) : null,
            Members = members,
            Sources = profile.Sources,
            Names = Mentioned(profile, members is not null),
        };
    }

    /// <summary>The names of the actors the profile lists (itself, neighbours, organizations, members, partners, presences, leader), by id in ordinal order.</summary>
    private static SortedDictionary<string, string> Mentioned(Profile profile, bool withMembers)
    {
        IEnumerable<string> ids =
        [
            profile.Actor.Id,
            .. profile.Neighbors,
            .. profile.Memberships.Select(m => m.Organization),
            .. withMembers ? profile.Members.Select(m => m.Member) : [],
            .. profile.Relations.Select(r => r.With),
            .. profile.Presences.Select(p => p.Actor),
            .. profile.HeadOfState is { } head ? [head.Id] : Array.Empty<string>(),
        ];
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (profile.Names.TryGetValue(id, out var actor))
            {
                names[id] = actor.Name;
            }
        }

        return names;
    }

    internal static string Coverage(Coverage coverage) => VocabularyNames.ToName(coverage);
}

/// <summary>A membership on the profile's day.</summary>
public sealed record MembershipDto
{
    public required string Organization { get; init; }

    public required string Role { get; init; }

    public required string? Start { get; init; }

    public required string? End { get; init; }

    /// <summary>A suspension certainly covers the day.</summary>
    public required bool Suspended { get; init; }

    /// <summary>The day a withdrawal was announced that has not yet taken effect; left out where there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WithdrawalAnnounced { get; init; }

    /// <summary><c>certain</c>, or <c>possible</c> where a bound known only roughly may leave the day out.</summary>
    public required string Coverage { get; init; }

    public static MembershipDto Of(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new()
        {
            Organization = entry.Organization,
            Role = entry.Role,
            Start = WireFormat.Bound(entry.Valid.Start),
            End = WireFormat.Bound(entry.Valid.End),
            Suspended = entry.Suspended,
            WithdrawalAnnounced = entry.WithdrawalAnnounced?.ToString(),
            Coverage = ProfileDto.Coverage(entry.Coverage),
        };
    }
}

/// <summary>A member of an organization on the profile's day.</summary>
/// <param name="Coverage"><c>certain</c> or <c>possible</c>.</param>
public sealed record MemberDto(string Member, string Role, string? Start, string? End, bool Suspended, string Coverage)
{
    public static MemberDto Of(MemberEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Member, entry.Role, WireFormat.Bound(entry.Valid.Start), WireFormat.Bound(entry.Valid.End), entry.Suspended,
            ProfileDto.Coverage(entry.Coverage));
    }
}

/// <summary>A stance period with another state; <c>stance</c> and <c>trend</c> are null where the row gives none.</summary>
/// <param name="Coverage"><c>certain</c> or <c>possible</c>.</param>
public sealed record RelationDto(string With, string? Stance, string? Trend, string? Start, string? End, string Coverage)
{
    public static RelationDto Of(RelationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.With, entry.Stance is { } s ? VocabularyNames.ToName(s) : null, entry.Trend is { } t ? VocabularyNames.ToName(t) : null,
            WireFormat.Bound(entry.Valid.Start), WireFormat.Bound(entry.Valid.End), ProfileDto.Coverage(entry.Coverage));
    }
}

/// <summary>A foreign military or peacekeeping presence on the profile's day.</summary>
/// <param name="Coverage"><c>certain</c> or <c>possible</c>.</param>
public sealed record PresenceDto(string Actor, string? Start, string? End, string Coverage)
{
    public static PresenceDto Of(PresenceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Actor, WireFormat.Bound(entry.Valid.Start), WireFormat.Bound(entry.Valid.End), ProfileDto.Coverage(entry.Coverage));
    }
}

/// <summary>The head of state on the profile's day.</summary>
/// <param name="Coverage"><c>certain</c> or <c>possible</c>.</param>
public sealed record HeadOfStateDto(string Id, string Name, string? Start, string Coverage)
{
    public static HeadOfStateDto Of(HeadOfStateEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.Name, WireFormat.Bound(entry.Valid.Start), ProfileDto.Coverage(entry.Coverage));
    }
}
