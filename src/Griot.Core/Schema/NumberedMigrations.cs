using System.Globalization;
using System.Reflection;

namespace Griot.Core.Schema;

/// <summary>
/// The numbered migrations of a store, embedded as <c>PREFIX.NNNN_name.sql</c>: read in order, numbered 1, 2, … without
/// gaps. Each engine applies them its own way; how they are found and checked is the same for all.
/// </summary>
public static class NumberedMigrations
{
    /// <exception cref="InvalidOperationException">None is embedded, or the numbers have a gap (a build mistake).</exception>
    public static IReadOnlyList<(int Version, string Sql)> Load(Assembly assembly, string prefix, string what)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Count == 0 || migrations.Select((m, i) => m.Version != i + 1).Any(gap => gap))
        {
            throw new InvalidOperationException($"{what} migrations must be numbered 0001, 0002, … without gaps");
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
