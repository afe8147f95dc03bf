using System.Text.Json.Serialization;
using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store.Json.Contracts;

/// <summary>An actor's ties on a day (<c>GET /api/actors/{id}/network</c>): the actors within <c>depth</c> steps and the statements between them.</summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record NetworkDto(string Actor, string AsOf, int Depth, IReadOnlyList<NetworkNodeDto> Nodes, IReadOnlyList<NetworkEdgeDto> Edges)
{
    public static NetworkDto Of(string actor, DateOnly asOf, int depth, IReadOnlyList<NetworkNodeDto> nodes, IReadOnlyList<NetworkEdgeDto> edges) =>
        new(actor, WireFormat.Day(asOf), depth, nodes, edges);
}

/// <summary>
/// An actor of the network and its distance in steps from the centre. An id the store does not know is a node with a null
/// <c>kind</c>, its id as <c>name</c>, and no <c>identifiers</c>.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record NetworkNodeDto
{
    public required string Id { get; init; }

    public required string? Kind { get; init; }

    public required string Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IdentifiersDto? Identifiers { get; init; }

    public required int Distance { get; init; }

    public static NetworkNodeDto Of(Actor actor, int distance)
    {
        var a = ActorDto.Of(actor);
        return new() { Id = a.Id, Kind = a.Kind, Name = a.Name, Identifiers = a.Identifiers, Distance = distance };
    }

    public static NetworkNodeDto Unknown(string id, int distance) => new() { Id = id, Kind = null, Name = id, Distance = distance };
}

/// <summary>A statement between two nodes: <c>source</c> is its subject, <c>target</c> its object.</summary>
public sealed record NetworkEdgeDto(string Id, string Source, string Target, string Predicate, ValidDto Valid, IReadOnlyDictionary<string, string> Qualifiers)
{
    /// <summary>The edge of a statement that has an object.</summary>
    public static NetworkEdgeDto Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(statement.Id, statement.Subject, statement.Object!, statement.Predicate.Id, ValidDto.Of(statement.Valid), statement.Qualifiers);
    }
}
