using System.Globalization;
using DuckDB.NET.Data;

namespace Griot.Events.Store;

/// <summary>
/// Numbered schema migrations (<c>Migrations/NNNN_name.sql</c>, embedded), applied in order, each in its own
/// transaction with the version it reaches. The version is the row <c>schema_version</c> of the table <c>meta</c>,
/// where the first Griot recorded its version 1; a store without that table is new only when it has no table at all.
/// </summary>
internal static class EventStoreMigrations
{
    private const string VersionKey = "schema_version";

    private static readonly IReadOnlyList<(int Version, string Sql)> All =
        Core.Schema.NumberedMigrations.Load(typeof(EventStoreMigrations).Assembly, "Griot.Events.Store.Migrations.", "event store");

    /// <summary>The schema this Griot writes.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>
    /// The oldest schema a read-only opening can query as it is (it cannot migrate). The queries read tables that
    /// have not changed since version 1; a migration that changes them must raise this.
    /// </summary>
    public static int OldestReadable => 1;

    /// <summary>The store's schema version: 0 for an empty database.</summary>
    /// <exception cref="NotAnEventStoreException">The database holds tables but no Griot version.</exception>
    /// <exception cref="EventStoreVersionException">The version is newer than <see cref="Latest"/>.</exception>
    public static async Task<int> VersionAsync(DuckDBConnection connection, string path, CancellationToken cancellationToken)
    {
        var tables = await connection.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name <> 'meta'", cancellationToken);
        var hasMeta = await connection.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta'", cancellationToken) > 0;
        var recorded = hasMeta
            ? await connection.ScalarAsync<string?>("SELECT value FROM meta WHERE key = $key", cancellationToken, DuckDbCommands.Parameter("key", VersionKey))
            : null;
        if (recorded is null)
        {
            return tables == 0 ? 0 : throw new NotAnEventStoreException(path, "a DuckDB database of another program");
        }

        if (!int.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new NotAnEventStoreException(path, $"its schema version '{recorded}' is not one Griot writes");
        }

        return version <= Latest ? version : throw new EventStoreVersionException(path, version, Latest);
    }

    /// <summary>Applies the migrations after <paramref name="current"/>, each in its own transaction.</summary>
    public static async Task ApplyAsync(DuckDBConnection connection, int current, CancellationToken cancellationToken)
    {
        var pending = All.Where(m => m.Version > current).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        await LookupStage.FillAsync(connection, cancellationToken);
        try
        {
            foreach (var (version, sql) in pending)
            {
                await ApplyAsync(connection, version, sql, cancellationToken);
            }
        }
        finally
        {
            await LookupStage.DropAsync(connection, CancellationToken.None);
        }
    }

    private static async Task ApplyAsync(DuckDBConnection connection, int version, string sql, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("BEGIN TRANSACTION", cancellationToken);
        try
        {
            await connection.ExecuteAsync(sql, cancellationToken);
            await connection.ExecuteAsync("INSERT OR REPLACE INTO meta VALUES ($key, $version)", cancellationToken,
                DuckDbCommands.Parameter("key", VersionKey), DuckDbCommands.Parameter("version", version.ToString(CultureInfo.InvariantCulture)));
            await connection.ExecuteAsync("COMMIT", cancellationToken);
        }
        catch
        {
            await connection.ExecuteAsync("ROLLBACK", CancellationToken.None);
            throw;
        }
    }
}
