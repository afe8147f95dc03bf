using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Griot.Store.Sqlite;

/// <summary>
/// Numbered schema migrations (<c>Migrations/NNNN_name.sql</c>, embedded), applied in order, each in
/// its own transaction; <c>PRAGMA user_version</c> records the last one applied.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>The application id that marks a SQLite file as Griot's ("Grio").</summary>
    public const int ApplicationId = 0x4772696F;

    private static readonly IReadOnlyList<(int Version, string Sql)> All = Load();

    public static int Latest => All[^1].Version;

    public static async Task ApplyAsync(SqliteConnection connection, int current, CancellationToken cancellationToken)
    {
        foreach (var (version, sql) in All.Where(m => m.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = $"{sql}\nPRAGMA application_id = {ApplicationId};\nPRAGMA user_version = {version};";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static List<(int, string)> Load()
    {
        var assembly = typeof(SqliteMigrations).Assembly;
        const string prefix = "Griot.Store.Sqlite.Migrations.";
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Count == 0 || migrations.Select((m, i) => m.Version != i + 1).Any(gap => gap))
        {
            throw new InvalidOperationException("schema migrations must be numbered 0001, 0002, … without gaps");
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
