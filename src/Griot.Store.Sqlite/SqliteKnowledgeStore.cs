using System.Text;
using Microsoft.Data.Sqlite;

namespace Griot.Store.Sqlite;

/// <summary>
/// The embedded knowledge store: one SQLite file in WAL mode. Each operation takes a pooled
/// connection, so one store may serve many threads.
/// </summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeStore
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private readonly string _connectionString;
    private readonly SemaphoreSlim _watching = new(1, 1);
    private SqliteConnection? _watch;
    private long _dataVersion = -1;
    private long _revision;

    private SqliteKnowledgeStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    public string Path { get; }

    public string Location => Path;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it (and its folder) when missing and
    /// bringing its schema up to date.
    /// </summary>
    /// <exception cref="NotAGriotDatabaseException">The file exists but is not a Griot database.</exception>
    /// <exception cref="StoreVersionException">The file was written by a newer Griot.</exception>
    public static async Task<SqliteKnowledgeStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        path = System.IO.Path.GetFullPath(path);
        CheckHeader(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteKnowledgeStore(path, connectionString);
        try
        {
            await using var connection = await store.ConnectAsync(cancellationToken);
            var applicationId = await ScalarAsync<long>(connection, "PRAGMA application_id", cancellationToken);
            var version = (int)await ScalarAsync<long>(connection, "PRAGMA user_version", cancellationToken);
            var tables = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master", cancellationToken);
            if (applicationId != SqliteMigrations.ApplicationId && (applicationId != 0 || tables > 0))
            {
                throw new NotAGriotDatabaseException(path, "it is an SQLite database of another program");
            }

            if (version > SqliteMigrations.Latest)
            {
                throw new StoreVersionException(path, version, SqliteMigrations.Latest);
            }

            await ScalarAsync<string>(connection, "PRAGMA journal_mode = WAL", cancellationToken);
            await SqliteMigrations.ApplyAsync(connection, version, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            SqliteConnection.ClearAllPools();
            throw new NotAGriotDatabaseException(path, "the file is not an SQLite database or is damaged");
        }

        return store;
    }

    private static void CheckHeader(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new NotAGriotDatabaseException(path, "the file is not an SQLite database");
        }
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// The revision, read through one connection kept for it: SQLite's <c>PRAGMA data_version</c> on that connection
    /// changes whenever another connection (of this process or another) commits, so the counter is read again only
    /// then, and an unchanged store costs one pragma instead of a pooled connection and a query.
    /// </summary>
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        await _watching.WaitAsync(cancellationToken);
        try
        {
            if (_watch is null)
            {
                _watch = new SqliteConnection(_connectionString);
                await _watch.OpenAsync(cancellationToken);
            }

            var version = await ScalarAsync<long>(_watch, "PRAGMA data_version", cancellationToken);
            if (version != _dataVersion)
            {
                _revision = await ScalarAsync<long>(_watch, "SELECT value FROM revision WHERE id = 1", cancellationToken);
                _dataVersion = version;
            }

            return _revision;
        }
        finally
        {
            _watching.Release();
        }
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var actors = await ScalarAsync<long>(connection, "SELECT count(*) FROM actors", cancellationToken);
        var statements = await ScalarAsync<long>(connection, "SELECT count(*) FROM statements", cancellationToken);
        var references = await ScalarAsync<long>(connection, "SELECT count(*) FROM statement_references", cancellationToken);
        var byPredicate = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT predicate, count(*) FROM statements GROUP BY predicate";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byPredicate[reader.GetString(0)] = reader.GetInt32(1);
        }

        return new StoreCounts((int)actors, (int)statements, (int)references, byPredicate);
    }

    public async ValueTask DisposeAsync()
    {
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }

        _watching.Dispose();

        // Pooled connections keep the file open (and its WAL); let it go with the store.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
