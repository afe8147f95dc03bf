using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Griot.Core.Json;

/// <summary>
/// How every JSON answer of the CLI and the API is written, whatever part of Griot its shape belongs to: the shapes'
/// source-generated metadata, indented by two spaces, and non-ASCII text (<c>Keïta</c>, <c>Côte d'Ivoire</c>) written
/// as it is rather than as <c>\u</c> escapes.
/// </summary>
public static class WireOptions
{
    /// <summary>Read-only options over <paramref name="resolver"/> (a source-generated context, or several combined).</summary>
    public static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
