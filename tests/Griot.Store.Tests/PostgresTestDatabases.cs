using Npgsql;

namespace Griot.Store.Tests;

/// <summary>
/// Fresh databases for PostgreSQL tests on the server named by <c>GRIOT_TEST_POSTGRES</c> (an Npgsql connection
/// string, as <c>tools/postgres start</c> prints it), each dropped on dispose. Without it, tests that need a
/// server are skipped: <c>./test</c> starts one and sets it, so there they always run.
/// </summary>
internal sealed class PostgresTestDatabases : IAsyncDisposable
{
    public const string Variable = "GRIOT_TEST_POSTGRES";

    private readonly List<string> _names = [];

    /// <summary>The server's connection string; skips the test when none is set.</summary>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            Assert.SkipWhen(string.IsNullOrWhiteSpace(value),
                $"no PostgreSQL server for tests: set {Variable} to a connection string (./test starts one with tools/postgres)");
            return value!;
        }
    }

    /// <summary>Creates an empty database and returns the connection string that names it.</summary>
    public async Task<string> CreateAsync()
    {
        var server = ServerConnectionString;
        var name = $"griot_t_{Guid.NewGuid():N}";
        _names.Add(name);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            // A database name cannot be a parameter; this one is made here from a GUID, never from input.
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionStringFor(name);
    }

    /// <summary>The connection string of the test database a store's location names.</summary>
    public string ConnectionStringOf(IKnowledgeStore store) => ConnectionStringFor(store.Location[(store.Location.LastIndexOf('/') + 1)..]);

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (_names.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        foreach (var name in _names)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
