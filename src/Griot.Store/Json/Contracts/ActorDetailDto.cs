using System.Text.Json.Serialization;
using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store.Json.Contracts;

/// <summary>
/// An actor with all its names: the <see cref="ActorDto"/> keys, then <c>officialName</c> and <c>capital</c> where set,
/// <c>otherNames</c>, <c>acronyms</c>, <c>demonyms</c>, and <c>places</c> where the actor has any. A row of
/// <c>griot actors</c> adds <c>matched</c> when a text was searched for.
/// </summary>
public sealed record ActorDetailDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required IdentifiersDto Identifiers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OfficialName { get; init; }

    public required IReadOnlyList<string> OtherNames { get; init; }

    public required IReadOnlyList<string> Acronyms { get; init; }

    public required IReadOnlyList<string> Demonyms { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Capital { get; init; }

    /// <summary>Other towns of a state that texts name; left out where there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Places { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MatchDto? Matched { get; init; }

    public static ActorDetailDto Of(Actor actor, MatchDto? matched = null)
    {
        var a = ActorDto.Of(actor);
        return new()
        {
            Id = a.Id,
            Kind = a.Kind,
            Name = a.Name,
            Identifiers = a.Identifiers,
            OfficialName = actor.OfficialName,
            OtherNames = actor.OtherNames,
            Acronyms = actor.Acronyms,
            Demonyms = actor.Demonyms,
            Capital = actor.Capital,
            Places = actor.Places.Count > 0 ? actor.Places : null,
            Matched = matched,
        };
    }
}

/// <summary>An actor's page (<c>GET /api/actors/{id}</c>): the <see cref="ActorDetailDto"/> keys, then the references of its row.</summary>
public sealed record ActorWithReferencesDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required IdentifiersDto Identifiers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OfficialName { get; init; }

    public required IReadOnlyList<string> OtherNames { get; init; }

    public required IReadOnlyList<string> Acronyms { get; init; }

    public required IReadOnlyList<string> Demonyms { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Capital { get; init; }

    /// <summary>Other towns of a state that texts name; left out where there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Places { get; init; }

    public required IReadOnlyList<ReferenceDto> References { get; init; }

    public static ActorWithReferencesDto Of(Actor actor, IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var a = ActorDetailDto.Of(actor);
        return new()
        {
            Id = a.Id,
            Kind = a.Kind,
            Name = a.Name,
            Identifiers = a.Identifiers,
            OfficialName = a.OfficialName,
            OtherNames = a.OtherNames,
            Acronyms = a.Acronyms,
            Demonyms = a.Demonyms,
            Capital = a.Capital,
            Places = a.Places,
            References = references.Select(ReferenceDto.Of).ToArray(),
        };
    }
}
