using System.Text.Json;
using System.Text.Json.Nodes;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;

namespace Griot.Store.Json;

/// <summary>
/// The JSON shapes of VOCABULARY.md as editable trees, for writers that extend them (JSON-LD adds <c>@id</c>, a checked
/// claim embeds a validity interval). The shapes themselves are the records of <see cref="Contracts"/>; each tree here
/// is its record serialized, so both always agree.
/// </summary>
public static class GriotJson
{
    /// <summary>The options of every answer: <see cref="GriotWire.Options"/>.</summary>
    public static JsonSerializerOptions Options => GriotWire.Options;

    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    public static JsonObject Actor(Actor actor) => Tree(ActorDto.Of(actor));

    /// <summary>An actor with all its names, for search results and actor pages.</summary>
    public static JsonObject ActorDetail(Actor actor) => Tree(ActorDetailDto.Of(actor));

    /// <summary>A bound's partial date; null for an open or unknown bound.</summary>
    public static string? Bound(IntervalBound bound) => WireFormat.Bound(bound);

    public static JsonObject Valid(ValidityInterval valid) => Tree(ValidDto.Of(valid));

    public static JsonObject Statement(Statement statement) => Tree(StatementDto.Of(statement));

    public static JsonObject Reference(Reference reference) => Tree(ReferenceDto.Of(reference));

    public static JsonArray Statements(IEnumerable<Statement> statements) =>
        (JsonArray)JsonSerializer.SerializeToNode(StatementDto.List(statements), GriotWire.TypeInfo<IReadOnlyList<StatementDto>>())!;

    public static JsonObject Profile(Profile profile) => Tree(ProfileDto.Of(profile));

    public static JsonObject Diff(Diff diff) => Tree(DiffDto.Of(diff));

    public static JsonObject Timeline(Timeline timeline) => Tree(TimelineDto.Of(timeline));

    private static JsonObject Tree<T>(T value) => (JsonObject)JsonSerializer.SerializeToNode(value, GriotWire.TypeInfo<T>())!;
}
