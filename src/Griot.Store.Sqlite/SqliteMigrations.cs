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

    private static readonly IReadOnlyList<(int Version, string Sql)> All =
        Core.Schema.NumberedMigrations.Load(typeof(SqliteMigrations).Assembly, "Griot.Store.Sqlite.Migrations.", "schema");

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
}
