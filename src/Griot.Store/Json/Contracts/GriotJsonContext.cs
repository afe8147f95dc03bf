using System.Text.Json.Serialization;

namespace Griot.Store.Json.Contracts;

/// <summary>
/// The source-generated metadata of Griot's knowledge shapes: camelCase keys in declaration order, indented. Write with
/// <see cref="GriotWire.Options"/>, which adds the escaping the answers have always had.
/// </summary>
/// <remarks>
/// A key that is left out when unset is an optional member (a trailing optional parameter, or an init property that is
/// not <c>required</c>) marked <c>WhenWritingNull</c>; every other key is required, null or not, so that the OpenAPI
/// document says which keys an answer always has.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ActorDto))]
[JsonSerializable(typeof(IReadOnlyList<ActorDto>))]
[JsonSerializable(typeof(ActorDetailDto))]
[JsonSerializable(typeof(IReadOnlyList<ActorDetailDto>))]
[JsonSerializable(typeof(ActorWithReferencesDto))]
[JsonSerializable(typeof(IReadOnlyList<ActorMatchDto>))]
[JsonSerializable(typeof(StatementDto))]
[JsonSerializable(typeof(IReadOnlyList<StatementDto>))]
[JsonSerializable(typeof(StatementPageDto))]
[JsonSerializable(typeof(ValidDto))]
[JsonSerializable(typeof(ReferenceDto))]
[JsonSerializable(typeof(ProfileDto))]
[JsonSerializable(typeof(DiffDto))]
[JsonSerializable(typeof(TimelineDto))]
[JsonSerializable(typeof(NetworkDto))]
public sealed partial class GriotJsonContext : JsonSerializerContext;
