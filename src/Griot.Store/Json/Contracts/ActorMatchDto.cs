using Griot.Core;

namespace Griot.Store.Json.Contracts;

/// <summary>A search result (<c>GET /api/actors?q=</c>): the <see cref="ActorDto"/> keys, then what matched.</summary>
public sealed record ActorMatchDto(string Id, string Kind, string Name, IdentifiersDto Identifiers, MatchDto Matched)
{
    public static ActorMatchDto Of(ActorMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var a = ActorDto.Of(match.Actor);
        return new(a.Id, a.Kind, a.Name, a.Identifiers, MatchDto.Of(match));
    }
}

/// <summary>The name a search matched and what kind of name it is (<c>acronym</c>, <c>demonym</c>, <c>capital</c>…).</summary>
public sealed record MatchDto(string Name, string As)
{
    public static MatchDto Of(ActorMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.MatchedName, VocabularyNames.ToName(match.MatchedAs));
    }
}
