using System.Globalization;
using System.IO.Compression;
using DuckDB.NET.Data;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Testing;

namespace Griot.Events.Tests;

/// <summary>
/// A store of schema version 1, as the first event store wrote it (<c>Samples/events-v1.duckdb.gz</c>: events.csv and
/// icews-sample.tab imported), read as it is and migrated forward.
/// </summary>
public sealed class EventStoreMigrationTests : IDisposable
{
    private static readonly string[] Tables = ["events", "files", "dyad_months", "cameo_events", "cameo_countries", "geo_countries", "country_names"];
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Sample(string name) => Path.Join(AppContext.BaseDirectory, "Samples", name);

    private async Task<string> VersionOneStoreAsync()
    {
        var path = _folder.File("events-v1.duckdb");
        await using var source = new GZipStream(File.OpenRead(Sample("events-v1.duckdb.gz")), CompressionMode.Decompress);
        await using var target = File.Create(path);
        await source.CopyToAsync(target, Token);
        return path;
    }

    [Fact]
    public void Migrations_AreNumberedFromOne_AndTheLatestIsPastOne()
    {
        Assert.True(EventStoreMigrations.Latest >= 2);
    }

    [Fact]
    public async Task OpenAsync_VersionOneStore_ReadOnly_ReadsItAsItIs()
    {
        var path = await VersionOneStoreAsync();

        await using (var store = await EventStore.OpenAsync(path, new EventStoreOptions(MemoryLimit: "512MB", ReadOnly: true), Token))
        {
            Assert.Equal(215, await store.CountAsync(Token));
            Assert.NotEmpty(await new EventQueries(store).PartnersAsync("USA", cancellationToken: Token));
        }

        Assert.Equal("1", await SchemaVersionAsync(path));
    }

    [Fact]
    public async Task OpenAsync_VersionOneStore_IsMigratedForward_WithoutLoss()
    {
        var path = await VersionOneStoreAsync();
        var before = await TableCountsAsync(path);
        IReadOnlyList<PartnerVolume> partnersBefore;
        await using (var old = await EventStore.OpenAsync(path, new EventStoreOptions(MemoryLimit: "512MB", ReadOnly: true), Token))
        {
            partnersBefore = await new EventQueries(old).PartnersAsync("USA", cancellationToken: Token);
        }

        await using (var store = await EventStore.OpenAsync(path, new EventStoreOptions(MemoryLimit: "512MB"), Token))
        {
            Assert.Equal(partnersBefore, await new EventQueries(store).PartnersAsync("USA", cancellationToken: Token));
            var again = Assert.Single(await store.ImportAsync(Sample("events.csv"), cancellationToken: Token));
            Assert.True(again.AlreadyImported);
        }

        Assert.Equal(EventStoreMigrations.Latest.ToString(CultureInfo.InvariantCulture), await SchemaVersionAsync(path));
        Assert.Equal(before, await TableCountsAsync(path));
    }

    [Fact]
    public async Task ImportAsync_AfterMigratingVersionOne_MapsFipsCodesAndIcewsNames()
    {
        // Version 1's lookup macros held their maps as literals; from version 2 they read maps set per session.
        var path = await VersionOneStoreAsync();
        await using var store = await EventStore.OpenAsync(path, new EventStoreOptions(MemoryLimit: "512MB"), Token);

        await store.ImportAsync(Sample("eventsT.csv"), cancellationToken: Token);
        await store.ImportAsync(Sample("events1.csv"), cancellationToken: Token);

        Assert.Equal(415, await store.CountAsync(Token));
        Assert.Equal(0, await store.ScalarAsync<long>("""
            SELECT count(*) FROM events WHERE file_id > 2 AND action_country IS NOT NULL
              AND action_country NOT IN (SELECT iso3 FROM geo_countries)
            """));
        Assert.True(await store.ScalarAsync<long>("SELECT count(*) FROM events WHERE file_id > 2 AND action_country IS NOT NULL") > 100);
        Assert.Equal("BGD", await store.ScalarAsync<string>("SELECT country_of_name(' Bangladesh ')"));
        Assert.Equal("ZWE", await store.ScalarAsync<string>("SELECT iso_of_fips('ZI')"));
    }

    private async Task<string?> SchemaVersionAsync(string path)
    {
        await using var connection = new DuckDBConnection($"DataSource={path};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync(Token);
        return await connection.ScalarAsync<string?>("SELECT value FROM meta WHERE key = 'schema_version'", Token);
    }

    private static async Task<List<long>> TableCountsAsync(string path)
    {
        await using var connection = new DuckDBConnection($"DataSource={path};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync(Token);
        var counts = new List<long>();
        foreach (var table in Tables)
        {
            counts.Add(await connection.ScalarAsync<long>($"SELECT count(*) FROM {table}", Token));
        }

        return counts;
    }
}
