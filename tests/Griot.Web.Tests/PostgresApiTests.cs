using Griot.Application;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store;
using Griot.Store.Tests;

namespace Griot.Web.Tests;

/// <summary>
/// The API on a PostgreSQL server: answers byte for byte as on SQLite, and two servers on one database both see an
/// import made by a third process. Needs <c>GRIOT_TEST_POSTGRES</c>, which <c>./test</c> sets.
/// </summary>
public sealed class PostgresApiTests : IAsyncDisposable
{
    private readonly PostgresTestDatabases _databases = new();

    public async ValueTask DisposeAsync() => await _databases.DisposeAsync();

    [Fact]
    public async Task TwoServersOnOnePostgres_AnswerAsSqlite_AndSeeAnotherProcesssImport()
    {
        var database = await _databases.CreateAsync();
        await using var sqlite = new GriotWebFactory();
        await using var first = new GriotWebFactory(database);
        await using var second = new GriotWebFactory(database);
        var (onSqlite, onFirst, onSecond) = (sqlite.CreateClient(), first.CreateClient(), second.CreateClient());
        var cancel = TestContext.Current.CancellationToken;
        string[] urls =
        [
            "/api/actors/MLI/profile?asOf=2024-06-01", "/api/actors/FRA/timeline?with=MLI", "/api/actors/MLI/diff?from=2019-06-01&to=2025-06-01",
            "/api/actors/MLI/network?asOf=2024-06-01&depth=2", "/api/statements?involving=NER&offset=5&limit=20", "/api/actors?q=ni",
            "/api/actors/ECOWAS", "/api/states",
        ];
        foreach (var url in urls)
        {
            var expected = await onSqlite.GetStringAsync(url, cancel);
            Assert.Equal(expected, await onFirst.GetStringAsync(url, cancel));
            Assert.Equal(expected, await onSecond.GetStringAsync(url, cancel));
        }

        const string profile = "/api/actors/MLI/profile?asOf=2024-06-01";
        Assert.DoesNotContain("\"ISL\"", await onSecond.GetStringAsync(profile, cancel));
        await using (var other = await KnowledgeStores.OpenAsync(database, cancel))
        {
            var statement = Statement.Create("MLI", Predicate.Relation, "ISL", Qualifiers.Of(("stance", "cordial")),
                ValidityInterval.Parse("2020-01-01", "").Value, [new Reference("https://example.org/postgres-test", "test.tsv", 2)]);
            await other.ImportAsync(new KnowledgeSet([], [statement]), new ImportOptions("postgres-test"), cancel);
        }

        // Each server learns of the commit from the server's notification, a moment after it.
        foreach (var client in new[] { onFirst, onSecond })
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!(await client.GetStringAsync(profile, cancel)).Contains("\"ISL\"", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(20, cancel);
            }

            Assert.Contains("\"ISL\"", await client.GetStringAsync(profile, cancel));
        }
    }
}
