using System.IO.Compression;
using DuckDB.NET.Data;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Testing;

namespace Griot.Events.Tests;

/// <summary>Opening an event store: new, busy, foreign, newer, of version 1; and values that reach SQL as parameters.</summary>
public sealed class EventStoreTests : IDisposable
{
    private static readonly EventStoreOptions Small = new(MemoryLimit: "512MB");
    private static readonly EventStoreOptions ReadOnly = new(MemoryLimit: "512MB", ReadOnly: true);
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Sample(string name) => Path.Join(AppContext.BaseDirectory, "Samples", name);

    [Fact]
    public async Task OpenAsync_NewFile_RecordsTheLatestSchemaVersion()
    {
        await using var store = await EventStore.OpenAsync(_folder.File("events.duckdb"), Small, Token);

        Assert.Equal(EventStoreMigrations.Latest.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await store.ScalarAsync<string>("SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal("Mali", await store.GetCountryLabelAsync("MLI", Token));
    }

    [Fact]
    public async Task OpenAsync_WhileAnotherProcessHoldsTheLock_ThrowsBusy_ForWritingAndForReading()
    {
        Assert.SkipUnless(ForeignLock.Supported, "the foreign lock is Linux's open-file-description lock");
        var path = _folder.File("events.duckdb");
        await (await EventStore.OpenAsync(path, Small, Token)).DisposeAsync();

        using (ForeignLock.Take(path))
        {
            var writing = await Assert.ThrowsAsync<EventStoreBusyException>(() => EventStore.OpenAsync(path, Small, Token));
            var reading = await Assert.ThrowsAsync<EventStoreBusyException>(() => EventStore.OpenAsync(path, ReadOnly, Token));

            Assert.Equal(path, writing.Path);
            Assert.Contains("another import or a server is using the event store", writing.Message);
            Assert.Contains("try again when it is done", writing.Message);
            Assert.IsType<EventStoreBusyException>(reading);
        }

        await using var free = await EventStore.OpenAsync(path, Small, Token);
        Assert.Equal(0, await free.CountAsync(Token));
    }

    [Fact]
    public async Task OpenAsync_AnotherProgramsDuckDb_ThrowsNotAnEventStore_AndLeavesItAlone()
    {
        var other = _folder.File("other.duckdb");
        await using (var connection = new DuckDBConnection($"DataSource={other}"))
        {
            await connection.OpenAsync(Token);
            await connection.ExecuteAsync("CREATE TABLE sales (id INTEGER)", Token);
        }

        var error = await Assert.ThrowsAsync<NotAnEventStoreException>(() => EventStore.OpenAsync(other, Small, Token));

        Assert.Contains("another program", error.Message);
        Assert.Contains("not a Griot event store", error.Message);
        await using (var connection = new DuckDBConnection($"DataSource={other}"))
        {
            await connection.OpenAsync(Token);
            Assert.Equal(new[] { "sales" }, await connection.ListAsync("SELECT table_name FROM information_schema.tables", r => r.GetString(0), Token));
        }
    }

    [Theory]
    [InlineData("these are my notes, not a database")]
    [InlineData("")]
    public async Task OpenAsync_NotADuckDbFile_ThrowsNotAnEventStore_ReadingOrWriting(string content)
    {
        var notes = _folder.File("notes.duckdb");
        await File.WriteAllTextAsync(notes, content, Token);

        var writing = await Assert.ThrowsAsync<NotAnEventStoreException>(() => EventStore.OpenAsync(notes, Small, Token));
        var reading = await Assert.ThrowsAsync<NotAnEventStoreException>(() => EventStore.OpenAsync(notes, ReadOnly, Token));

        Assert.Contains("not a DuckDB database", writing.Message);
        Assert.Equal(notes, reading.Path);
        Assert.Equal(content, await File.ReadAllTextAsync(notes, Token));
    }

    [Fact]
    public async Task OpenAsync_StoreOfANewerSchema_ThrowsVersion_ReadingOrWriting()
    {
        var path = _folder.File("events.duckdb");
        var newer = EventStoreMigrations.Latest + 1;
        await using (var store = await EventStore.OpenAsync(path, Small, Token))
        {
            await store.ExecuteAsync($"UPDATE meta SET value = '{newer}' WHERE key = 'schema_version'");
        }

        var writing = await Assert.ThrowsAsync<EventStoreVersionException>(() => EventStore.OpenAsync(path, Small, Token));
        var reading = await Assert.ThrowsAsync<EventStoreVersionException>(() => EventStore.OpenAsync(path, ReadOnly, Token));

        Assert.Equal(newer, writing.Found);
        Assert.Equal(EventStoreMigrations.Latest, writing.Supported);
        Assert.Contains("newer Griot", writing.Message);
        Assert.Equal(newer, reading.Found);
    }

    [Fact]
    public async Task OpenAsync_MissingFileReadOnly_ThrowsFileNotFound_AndCreatesNothing()
    {
        var path = _folder.File("events.duckdb");

        await Assert.ThrowsAsync<FileNotFoundException>(() => EventStore.OpenAsync(path, ReadOnly, Token));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task OpenAsync_BadMemoryLimit_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            EventStore.OpenAsync(_folder.File("events.duckdb"), new EventStoreOptions(MemoryLimit: "2GB'; DROP TABLE events; --"), Token));

        Assert.Contains("not a memory size", error.Message);
    }

    [Fact]
    public async Task ImportAsync_ReadOnlyStore_IsRefused()
    {
        var path = _folder.File("events.duckdb");
        await (await EventStore.OpenAsync(path, Small, Token)).DisposeAsync();
        await using var store = await EventStore.OpenAsync(path, ReadOnly, Token);

        await Assert.ThrowsAsync<NotSupportedException>(() => store.ImportAsync(Sample("events.csv"), cancellationToken: Token));
    }

    [Theory]
    [InlineData("M'LI")]
    [InlineData("' OR '1' = '1")]
    [InlineData("MLI'; DROP TABLE events; --")]
    public async Task Values_WithQuotes_NeitherBreakNorInject(string code)
    {
        await using var store = await EventStore.OpenAsync(_folder.File("events.duckdb"), Small, Token);
        await store.ImportAsync(Sample("events.csv"), cancellationToken: Token);
        var queries = new EventQueries(store);

        Assert.Null(await store.GetCountryLabelAsync(code, Token));
        Assert.Empty((await queries.SeriesAsync(code, "USA", cancellationToken: Token)).Points);
        Assert.Empty(await queries.PartnersAsync(code, new DateOnly(2000, 1, 15), new DateOnly(2030, 6, 10), Token));
        Assert.Null(await queries.SpanAsync(code, "USA", Token));
        Assert.Equal(100, await store.CountAsync(Token));
    }

    [Fact]
    public async Task Series_CountryCodeWithAQuote_IsFoundAsItIs()
    {
        await using var store = await EventStore.OpenAsync(_folder.File("events.duckdb"), Small, Token);
        await store.ExecuteAsync("""
            INSERT INTO dyad_months VALUES (DATE '2020-03-01', 'X''Y', 'MLI', 4, 4, 0, 0, 0, 8.0, 4, NULL, 0, 0);
            INSERT INTO cameo_countries VALUES ('X''Y', 'Quote''land');
            """);
        var queries = new EventQueries(store);

        var series = await queries.SeriesAsync("X'Y", "MLI", cancellationToken: Token);
        var partners = await queries.PartnersAsync("MLI", cancellationToken: Token);

        var point = Assert.Single(series.Points);
        Assert.Equal(("X'Y", "MLI", 4L, 2.0), (point.From, point.To, point.Events, point.Goldstein!.Value));
        Assert.Equal("X'Y", Assert.Single(partners).Partner);
        Assert.Equal((new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31)), await queries.SpanAsync("MLI", "X'Y", Token));
        Assert.Equal("Quote'land", await store.GetCountryLabelAsync("X'Y", Token));
        Assert.Equal("Quote'land", (await store.GetCountryLabelsAsync(Token))["X'Y"]);
    }

    [Fact]
    public async Task ImportAsync_FileNameWithAQuote_IsRead_AndItsShortRowsFound()
    {
        // A GDELT 1.0 file with a short row is read twice (the second time for the short rows' lines): both by name.
        var lines = await File.ReadAllLinesAsync(Sample("events1.csv"), Token);
        lines[49] = string.Join('\t', lines[49].Split('\t')[..30]);
        var path = _folder.File("it's events.csv");
        await File.WriteAllLinesAsync(path, lines, Token);
        await using var store = await EventStore.OpenAsync(_folder.File("events.duckdb"), Small, Token);

        var report = Assert.Single(await store.ImportAsync(path, cancellationToken: Token));

        Assert.Equal(99, report.RowsAdded);
        Assert.Equal(50, Assert.Single(report.Examples).Line);
        Assert.Equal(path, await store.ScalarAsync<string>("SELECT origin FROM files"));
    }
}
