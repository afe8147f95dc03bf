using System.Net;
using System.Net.Sockets;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.Postgres;
using Npgsql;

namespace Griot.Store.Tests;

/// <summary>
/// The store contract on PostgreSQL, each test on its own database of the server named by <c>GRIOT_TEST_POSTGRES</c>
/// (skipped without one), and what only a server engine must do: several openings, concurrent writers, clear failures.
/// </summary>
public sealed class PostgresKnowledgeStoreTests : KnowledgeStoreContract, IAsyncDisposable
{
    private static readonly Reference[] Source = [new Reference("https://example.org/source", "data/statements/test.tsv", 2)];

    private readonly PostgresTestDatabases _databases = new();

    protected override async Task<IKnowledgeStore> CreateStoreAsync() =>
        await PostgresKnowledgeStore.OpenAsync(await _databases.CreateAsync());

    protected override async Task<IKnowledgeStore> OpenAgainAsync(IKnowledgeStore store) =>
        await PostgresKnowledgeStore.OpenAsync(_databases.ConnectionStringOf(store));

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    /// <summary><paramref name="count"/> distinct statements, numbered from <paramref name="first"/>, each with its own reference.</summary>
    private static KnowledgeSet Statements(int first, int count) => new([], Enumerable.Range(first, count)
        .Select(i => Statement.Create($"X{i:D6}", Predicate.Coup, null, null,
            ValidityInterval.Since(PartialDate.FromDate(new DateOnly(1960, 1, 1).AddDays(i % 20_000))),
            [new Reference("https://example.org/coups", "data/statements/generated.tsv", i + 1)]))
        .ToArray());

    [Fact]
    public async Task OpenAsync_Twice_KeepsData()
    {
        var connectionString = await _databases.CreateAsync();
        await using (var store = await PostgresKnowledgeStore.OpenAsync(connectionString))
        {
            await store.ImportAsync(KnowledgeSet.Empty, new ImportOptions("x", Meta: new Dictionary<string, string> { ["a"] = "1" }));
        }

        await using var again = await PostgresKnowledgeStore.OpenAsync(connectionString);

        Assert.Equal("1", await again.GetMetaAsync("a"));
    }

    [Fact]
    public async Task OpenAsync_TwoAtOnceOnAFreshDatabase_MigrateItOnce()
    {
        var connectionString = await _databases.CreateAsync();

        var stores = await Task.WhenAll(PostgresKnowledgeStore.OpenAsync(connectionString), PostgresKnowledgeStore.OpenAsync(connectionString));

        await using var first = stores[0];
        await using var second = stores[1];
        Assert.Equal(await first.GetRevisionAsync(), await second.GetRevisionAsync());
    }

    [Fact]
    public async Task GetRevisionAsync_SecondOpening_SeesAWriteOfTheFirst()
    {
        await using var writer = await PostgresKnowledgeStore.OpenAsync(await _databases.CreateAsync());
        await using var reader = await OpenAgainAsync(writer);
        var before = await reader.GetRevisionAsync();

        await writer.ImportAsync(Statements(0, 3), new ImportOptions("test"));

        // The reader learns of the commit from the server's notification, a moment after it.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await reader.GetRevisionAsync() == before && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10);
        }

        Assert.Equal(before + 1, await writer.GetRevisionAsync());
        Assert.Equal(before + 1, await reader.GetRevisionAsync());
        Assert.Equal(3, (await reader.QueryAsync(new StatementQuery { Predicate = "coup" })).Count);
    }

    [Fact]
    public async Task Location_NamesServerAndDatabase_NeverThePassword()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await _databases.CreateAsync()) { Password = "hunter2" };

        await using var store = await PostgresKnowledgeStore.OpenAsync(connectionString.ConnectionString);

        Assert.Equal($"postgresql://{connectionString.Host}:{connectionString.Port}/{connectionString.Database}", store.Location);
        Assert.DoesNotContain("hunter2", store.Location);
    }

    [Fact]
    public async Task OpenAsync_NoServerListening_ThrowsStoreUnavailableNamingTheLocation()
    {
        var port = ClosedPort();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            PostgresKnowledgeStore.OpenAsync($"Host=127.0.0.1;Port={port};Username=griot;Password=hunter2;Database=nowhere;Timeout=5"));

        Assert.Contains($"postgresql://127.0.0.1:{port}/nowhere", error.Message);
        Assert.Contains("no PostgreSQL server answers there", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task OpenAsync_BadConnectionString_ThrowsStoreUnavailableWithoutRepeatingIt()
    {
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            PostgresKnowledgeStore.OpenAsync("Hots=db.example.org;Password=hunter2"));

        Assert.Contains("connection string", error.Message);
        Assert.Contains("not valid", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task OpenAsync_MissingDatabase_ThrowsStoreUnavailable()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresTestDatabases.ServerConnectionString) { Database = "griot_missing" };

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => PostgresKnowledgeStore.OpenAsync(connectionString.ConnectionString));

        Assert.Contains("/griot_missing", error.Message);
        Assert.Contains("database does not exist", error.Message);
    }

    [Fact]
    public async Task OpenAsync_OtherProgramsDatabase_RefusedAndLeftAlone()
    {
        var connectionString = await _databases.CreateAsync();
        await ExecuteAsync(connectionString, "CREATE TABLE invoices (id integer PRIMARY KEY)");

        var error = await Assert.ThrowsAsync<NotAGriotDatabaseException>(() => PostgresKnowledgeStore.OpenAsync(connectionString));

        Assert.Contains("another program", error.Message);
    }

    [Fact]
    public async Task OpenAsync_SchemaOfANewerGriot_ThrowsStoreVersionException()
    {
        var connectionString = await _databases.CreateAsync();
        await (await PostgresKnowledgeStore.OpenAsync(connectionString)).DisposeAsync();
        await ExecuteAsync(connectionString, "INSERT INTO griot_migrations (version) VALUES (999)");

        var error = await Assert.ThrowsAsync<StoreVersionException>(() => PostgresKnowledgeStore.OpenAsync(connectionString));

        Assert.Contains("999", error.Message);
    }

    [Fact]
    public async Task ImportAsync_OverlappingSetsFromTwoOpeningsAtOnce_BothSucceedAndCountEachStatementOnce()
    {
        await using var first = await CreateStoreAsync();
        await using var second = await OpenAgainAsync(first);

        var reports = await Task.WhenAll(
            first.ImportAsync(Statements(0, 3_000), new ImportOptions("one")),
            second.ImportAsync(Statements(2_000, 3_000), new ImportOptions("two")));

        Assert.Equal(5_000, reports.Sum(r => r.StatementsAdded));
        Assert.Equal(1_000, reports.Sum(r => r.StatementsUnchanged));
        Assert.Equal(5_000, reports.Sum(r => r.ReferencesAdded));
        var counts = await first.CountAsync();
        Assert.Equal(5_000, counts.Statements);
        Assert.Equal(5_000, counts.References);
    }

    [Fact]
    public async Task ImportAsync_TwentyThousandStatements_StoresAllAndAgainChangesNothing()
    {
        await using var store = await CreateStoreAsync();
        var set = Statements(0, 20_000);

        var first = await store.ImportAsync(set, new ImportOptions("bulk"));
        var second = await store.ImportAsync(set, new ImportOptions("bulk"));

        Assert.Equal(new ImportReport(0, 20_000, 0, 20_000), first);
        Assert.Equal(new ImportReport(0, 0, 20_000, 0), second);
        var found = Assert.Single(await store.QueryAsync(new StatementQuery { Subject = "X012345" }));
        Assert.Equal(12_346, found.References.Single().Row);
    }

    [Fact]
    public async Task ImportAsync_RepeatedStatementAndReference_CountedAsSqliteDoes()
    {
        await using var store = await CreateStoreAsync();
        var statement = Statements(0, 1).Statements[0];
        var withTwo = statement.WithReferences([.. statement.References, .. Source]);

        var report = await store.ImportAsync(new KnowledgeSet([], [statement, withTwo]), new ImportOptions("test"));

        Assert.Equal(new ImportReport(0, 1, 1, 2), report);
        Assert.Equal(2, Assert.Single(await store.QueryAsync(new StatementQuery())).References.Count);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
