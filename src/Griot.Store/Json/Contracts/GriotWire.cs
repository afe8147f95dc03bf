using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Griot.Store.Json.Contracts;

/// <summary>
/// The one set of options every JSON answer of the CLI and the API is written with: <see cref="GriotJsonContext"/>'s
/// metadata, indented by two spaces, and non-ASCII text (<c>Keïta</c>, <c>Côte d'Ivoire</c>) written as it is
/// rather than as <c>\u</c> escapes.
/// </summary>
public static class GriotWire
{
    public static JsonSerializerOptions Options { get; } = Core.Json.WireOptions.Create(GriotJsonContext.Default);

    /// <summary>The metadata of <typeparamref name="T"/>, which must be one of <see cref="GriotJsonContext"/>'s types.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
}
