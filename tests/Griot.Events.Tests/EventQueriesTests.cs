using System.Globalization;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Events.Synthetic;
using Griot.Testing;

namespace Griot.Events.Tests;

/// <summary>A store of 200,000 synthetic GDELT 2.0 events and the real samples, shared by the query tests.</summary>
public sealed class SyntheticStoreFixture : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new();

    public IEventStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var file = _folder.File("synthetic.tsv");
        SyntheticEvents.Write(file, 200_000, seed: 7);
        Store = await EventStore.OpenAsync(_folder.File("events.duckdb"), new EventStoreOptions(MemoryLimit: "512MB"));
        await Store.ImportAsync(file);
        await Store.ImportAsync(Path.Join(AppContext.BaseDirectory, "Samples", "events.csv"));
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}

public sealed class EventQueriesTests(SyntheticStoreFixture fixture) : IClassFixture<SyntheticStoreFixture>
{
    private readonly EventQueries _queries = new(fixture.Store);

    [Theory]
    [InlineData("MLI", "FRA", SeriesInterval.Month)]
    [InlineData("USA", "CHN", SeriesInterval.Quarter)]
    [InlineData("USA", "RUS", SeriesInterval.Year)]
    public async Task Series_SumsEqualADirectSqlQueryOnTheSameRows(string a, string b, SeriesInterval interval)
    {
        var series = await _queries.SeriesAsync(a, b, interval: interval, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEmpty(series.Points);

        // Written independently: one pass over the rows of each direction, no date_trunc, totals only.
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var points = series.Points.Where(p => p.From == from && p.To == to).ToList();
            var sql = await fixture.Store.ScalarAsync<string>($"""
                SELECT count(*) || '|' || sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) || '|' || sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END)
                       || '|' || round(sum(goldstein), 6) || '|' || count(DISTINCT {PeriodKey(interval)})
                FROM events WHERE actor1_country = '{from}' AND actor2_country = '{to}'
                """);
            var expected = sql.Split('|');
            Assert.Equal(long.Parse(expected[0], CultureInfo.InvariantCulture), points.Sum(p => p.Events));
            Assert.Equal(long.Parse(expected[1], CultureInfo.InvariantCulture), points.Sum(p => p.VerbalCooperation));
            Assert.Equal(long.Parse(expected[2], CultureInfo.InvariantCulture), points.Sum(p => p.MaterialConflict));
            Assert.Equal(double.Parse(expected[3], CultureInfo.InvariantCulture), points.Sum(p => p.Goldstein!.Value * p.Events), 4);
            Assert.Equal(long.Parse(expected[4], CultureInfo.InvariantCulture), points.Count);
        }

        Assert.All(series.Points, p => Assert.Equal(p.Events, p.VerbalCooperation + p.MaterialCooperation + p.VerbalConflict + p.MaterialConflict));
    }

    [Fact]
    public async Task Series_Bounds_KeepOnlyEventsInTheSpan()
    {
        var from = new DateOnly(2015, 1, 1);
        var to = new DateOnly(2019, 12, 31);
        var series = await _queries.SeriesAsync("USA", "CHN", from, to, SeriesInterval.Year, TestContext.Current.CancellationToken);

        Assert.Equal([2015, 2016, 2017, 2018, 2019], series.Points.Select(p => p.Period.Year).Distinct());
        var expected = await fixture.Store.ScalarAsync<long>("""
            SELECT count(*) FROM events WHERE event_date BETWEEN DATE '2015-01-01' AND DATE '2019-12-31'
              AND ((actor1_country = 'USA' AND actor2_country = 'CHN') OR (actor1_country = 'CHN' AND actor2_country = 'USA'))
            """);
        Assert.Equal(expected, series.Points.Sum(p => p.Events));
    }

    [Theory]
    [InlineData("2015-03-15", "2019-06-10")]
    [InlineData("2016-02-01", "2016-02-29")]
    [InlineData("2016-02-03", "2016-02-27")]
    [InlineData("2016-02-03", "2016-03-31")]
    public async Task Series_And_Partners_PartialMonths_CountExactlyTheDaysAsked(string fromText, string toText)
    {
        var from = DateOnly.Parse(fromText, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(toText, CultureInfo.InvariantCulture);
        var series = await _queries.SeriesAsync("USA", "CHN", from, to, cancellationToken: TestContext.Current.CancellationToken);
        var expected = (await fixture.Store.ScalarAsync<string>($"""
            SELECT count(*) || '|' || coalesce(round(sum(goldstein), 6), 0) FROM events
            WHERE event_date BETWEEN DATE '{fromText}' AND DATE '{toText}'
              AND ((actor1_country = 'USA' AND actor2_country = 'CHN') OR (actor1_country = 'CHN' AND actor2_country = 'USA'))
            """)).Split('|');

        Assert.Equal(long.Parse(expected[0], CultureInfo.InvariantCulture), series.Points.Sum(p => p.Events));
        Assert.Equal(double.Parse(expected[1], CultureInfo.InvariantCulture), series.Points.Sum(p => (p.Goldstein ?? 0) * p.Events), 4);
        Assert.All(series.Points, p => Assert.InRange(p.Period, new DateOnly(from.Year, from.Month, 1), to));

        var partner = (await _queries.PartnersAsync("USA", from, to, TestContext.Current.CancellationToken)).FirstOrDefault(p => p.Partner == "CHN");
        Assert.Equal(long.Parse(expected[0], CultureInfo.InvariantCulture), partner?.Events ?? 0);
    }

    [Fact]
    public async Task Series_SameStateTwice_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _queries.SeriesAsync("MLI", "MLI", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("two different countries", error.Message);
    }

    [Fact]
    public async Task Partners_CountBothDirections_AndRankByVolume()
    {
        var partners = await _queries.PartnersAsync("MLI", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("FRA", partners.Take(3).Select(p => p.Partner));
        Assert.True(partners.SequenceEqual(partners.OrderByDescending(p => p.Events).ThenBy(p => p.Partner, StringComparer.Ordinal)));
        foreach (var p in partners.Take(5))
        {
            var expected = await fixture.Store.ScalarAsync<long>($"""
                SELECT count(*) FROM events
                WHERE (actor1_country = 'MLI' AND actor2_country = '{p.Partner}') OR (actor1_country = '{p.Partner}' AND actor2_country = 'MLI')
                """);
            Assert.Equal(expected, p.Events);
            Assert.True(p.Cooperation + p.Conflict == p.Events);
        }
    }

    private static string PeriodKey(SeriesInterval interval) => interval switch
    {
        SeriesInterval.Month => "strftime(event_date, '%Y-%m')",
        SeriesInterval.Quarter => "year(event_date) * 10 + quarter(event_date)",
        _ => "year(event_date)",
    };
}
