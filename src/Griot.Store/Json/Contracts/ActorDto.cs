using System.Text.Json.Serialization;
using Griot.Core;
using Griot.Core.Actors;

namespace Griot.Store.Json.Contracts;

/// <summary>An actor as VOCABULARY.md writes it: <c>{ "id", "kind", "name", "identifiers" }</c>.</summary>
/// <param name="Kind">The snake_case kind (<c>state</c>, <c>armed_group</c>).</param>
public sealed record ActorDto(string Id, string Kind, string Name, IdentifiersDto Identifiers)
{
    public static ActorDto Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, VocabularyNames.ToName(actor.Kind), actor.Name, IdentifiersDto.Of(actor.Identifiers));
    }
}

/// <summary>An actor's ids in other systems; an id that is not set is left out (<c>{}</c> when none is).</summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record IdentifiersDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Iso2 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IsoNumeric = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Cow = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cameo = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Wikidata = null)
{
    public static IdentifiersDto Of(ActorIdentifiers identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        return new(identifiers.Iso2, identifiers.IsoNumeric, identifiers.Cow, identifiers.Cameo, identifiers.Wikidata);
    }
}
