using Npgsql;

namespace Griot.Store.Postgres;

/// <summary>
/// Numbered schema migrations (<c>Migrations/NNNN_name.sql</c>, embedded), applied in order, each in its own
/// transaction that also records its number in <c>griot_migrations</c>. A transaction-level advisory lock makes
/// two processes opening a fresh database take turns: the second finds the work done.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key of schema changes ("GrioMigr").</summary>
    private const long LockKey = 0x4772696F_4D696772;

    private static readonly IReadOnlyList<(int Version, string Sql)> All =
        Core.Schema.NumberedMigrations.Load(typeof(PostgresMigrations).Assembly, "Griot.Store.Postgres.Migrations.", "schema");

    public static int Latest => All[^1].Version;

    public static async Task ApplyAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        bool applied;
        do
        {
            applied = await ApplyNextAsync(connection, location, cancellationToken);
        }
        while (applied);
    }

    /// <summary>Applies the first migration not yet applied; false when there was none.</summary>
    private static async Task<bool> ApplyNextAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresCommands.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey));
        var current = await CurrentVersionAsync(connection, location, cancellationToken);
        if (current > Latest)
        {
            throw new StoreVersionException(location, current, Latest);
        }

        if (current < Latest)
        {
            var (version, sql) = All[current];
            await PostgresCommands.ExecuteAsync(connection, sql, cancellationToken);
            await PostgresCommands.ExecuteAsync(connection, "INSERT INTO griot_migrations (version) VALUES (@version)", cancellationToken,
                ("version", version));
        }

        await transaction.CommitAsync(cancellationToken);
        return current < Latest;
    }

    /// <summary>The last migration applied, 0 for an empty database (where it creates the table that records them).</summary>
    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        var known = await PostgresCommands.ScalarAsync<bool>(connection, "SELECT to_regclass('griot_migrations') IS NOT NULL", cancellationToken);
        if (!known)
        {
            var tables = await PostgresCommands.ScalarAsync<long>(connection,
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", cancellationToken);
            if (tables > 0)
            {
                throw new NotAGriotDatabaseException(location, "it holds tables of another program");
            }

            await PostgresCommands.ExecuteAsync(connection, """
                CREATE TABLE griot_migrations (
                    version    integer PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken);
        }

        return await PostgresCommands.ScalarAsync<int>(connection, "SELECT coalesce(max(version), 0) FROM griot_migrations", cancellationToken);
    }
}
