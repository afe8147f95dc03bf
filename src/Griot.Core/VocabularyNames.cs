using System.Text.Json;

namespace Griot.Core;

/// <summary>
/// The snake_case names VOCABULARY.md gives to Griot's enumerations (<c>armed_group</c>,
/// <c>founding_member</c>), to and from their C# values.
/// </summary>
public static class VocabularyNames
{
    public static string ToName<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrEmpty(name)
            && name.All(c => char.IsAsciiLetterLower(c) || c == '_')
            && Enum.TryParse(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out value)
            && ToName(value) == name;
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(ToName).ToArray();
}
