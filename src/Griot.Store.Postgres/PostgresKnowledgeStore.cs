using Npgsql;

namespace Griot.Store.Postgres;

/// <summary>
/// The knowledge store on a PostgreSQL server, for many users and writers: the same tables and answers as the
/// SQLite engine. Each operation takes a pooled connection from one data source, so one store may serve many
/// threads; several processes may open the same database, and their imports take turns.
/// </summary>
public sealed partial class PostgresKnowledgeStore : IKnowledgeStore
{
    private readonly NpgsqlDataSource _dataSource;
    private RevisionWatcher _revisions = null!;

    private PostgresKnowledgeStore(NpgsqlDataSource dataSource, string location)
    {
        _dataSource = dataSource;
        Location = location;
    }

    /// <summary>The server and database, <c>postgresql://host:port/database</c>; never the user's password.</summary>
    public string Location { get; }

    /// <summary>
    /// Connects to the database named by <paramref name="connectionString"/> (Npgsql's keywords, e.g.
    /// <c>Host=db;Port=5432;Username=griot;Password=…;Database=griot</c>) and brings its schema up to date;
    /// the database must exist. Two processes opening a fresh database at once migrate it once.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The connection string is not valid, the server does not answer, the database does not exist or the login is refused.</exception>
    /// <exception cref="NotAGriotDatabaseException">The database holds tables of another program.</exception>
    /// <exception cref="StoreVersionException">The database was written by a newer Griot.</exception>
    public static async Task<PostgresKnowledgeStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var (dataSource, location) = CreateDataSource(connectionString);
        var store = new PostgresKnowledgeStore(dataSource, location);
        try
        {
            await using var connection = await store.ConnectAsync(cancellationToken);
            await PostgresMigrations.ApplyAsync(connection, location, cancellationToken);
            store._revisions = new RevisionWatcher(dataSource);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    private static (NpgsqlDataSource DataSource, string Location) CreateDataSource(string connectionString)
    {
        try
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            var settings = builder.ConnectionStringBuilder;
            if (string.IsNullOrEmpty(settings.ApplicationName))
            {
                settings.ApplicationName = "griot";
            }

            var location = $"postgresql://{settings.Host ?? "localhost"}:{settings.Port}/{settings.Database ?? settings.Username}";
            return (builder.Build(), location);
        }
        catch (ArgumentException e)
        {
            // The message names the keyword at fault; the string itself is not repeated, as it may hold a password.
            throw new StoreUnavailableException("the PostgreSQL connection string given", "it is not valid (" + e.Message + ")", e);
        }
    }

    private async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (PostgresConnectionFailure.Explain(Location, e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await ConnectAsync(cancellationToken);
        return await PostgresCommands.ScalarAsync<string?>(connection, "SELECT value FROM meta WHERE key = @key", cancellationToken, ("key", key));
    }

    /// <summary>The revision: known without a round trip while the store listens for imports' notifications, else read.</summary>
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        if (_revisions.Known is { } known)
        {
            return known;
        }

        await using var connection = await ConnectAsync(cancellationToken);
        return await PostgresCommands.ScalarAsync<long>(connection, "SELECT value FROM revision WHERE id = 1", cancellationToken);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM statements), (SELECT count(*) FROM statement_references)
            """, connection);
        long actors, statements, references;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (actors, statements, references) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        var byPredicate = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var byPredicateCommand = new NpgsqlCommand("SELECT predicate, count(*) FROM statements GROUP BY predicate", connection);
        await using var rows = await byPredicateCommand.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            byPredicate[rows.GetString(0)] = (int)rows.GetInt64(1);
        }

        return new StoreCounts((int)actors, (int)statements, (int)references, byPredicate);
    }

    public async ValueTask DisposeAsync()
    {
        if (_revisions is not null)
        {
            await _revisions.DisposeAsync();
        }

        await _dataSource.DisposeAsync();
    }
}
