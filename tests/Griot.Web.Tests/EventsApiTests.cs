using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Griot.Events.Store;
using Griot.Events.Synthetic;
using Griot.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Griot.Web.Tests;

/// <summary><c>GET /api/events/series</c> through the real pipeline, on a scratch event store of synthetic GDELT rows.</summary>
public sealed class EventsApiTests : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly GriotWebFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private async Task<HttpClient> ClientWithEventsAsync(bool create = true)
    {
        var path = _folder.File("events.duckdb");
        if (create)
        {
            var file = _folder.File("synthetic.tsv");
            SyntheticEvents.Write(file, 40_000, seed: 9);
            await using var store = await EventStore.OpenAsync(path, new EventStoreOptions(MemoryLimit: "512MB"), TestContext.Current.CancellationToken);
            await store.ImportAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        }

        return _factory.WithWebHostBuilder(b => b.UseSetting("Griot:Events", path)).CreateClient();
    }

    [Fact]
    public async Task Series_ReturnsPeriodsByDirection_AndThePairsStatements()
    {
        var client = await ClientWithEventsAsync();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/events/series?a=MLI&b=FRA&interval=year&from=2010-01-01", TestContext.Current.CancellationToken);

        Assert.Equal("MLI", json.GetProperty("a").GetString());
        Assert.Equal("year", json.GetProperty("interval").GetString());
        var periods = json.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.True(string.CompareOrdinal(p.GetProperty("start").GetString(), "2010-01-01") >= 0));
        Assert.Contains(periods, p => p.GetProperty("from").GetString() == "MLI" && p.GetProperty("to").GetString() == "FRA");
        Assert.Contains(json.GetProperty("statements").EnumerateArray(), s => s.GetProperty("predicate").GetString() == "relation");
        Assert.Equal("France", json.GetProperty("names").GetProperty("FRA").GetString());
        Assert.Contains("PELT", json.GetProperty("shifts").GetProperty("method").GetString());
        Assert.True(json.GetProperty("shifts").GetProperty("months").GetInt32() > 12);
    }

    [Theory]
    [InlineData("/api/events/series?a=MLI", "b")]
    [InlineData("/api/events/series?a=MLI&b=MLI", "b")]
    [InlineData("/api/events/series?a=MLI&b=FRA&interval=week", "interval")]
    [InlineData("/api/events/series?a=MLI&b=FRA&from=2020-13-01", "from")]
    [InlineData("/api/events/series?a=MLI&b=ECOWAS", "b")]
    public async Task Series_BadRequest_NamesTheParameter(string url, string parameter)
    {
        var client = await ClientWithEventsAsync(create: false);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Series_NoEventStore_AnswersWithThePairsStatements_AndSaysHowToImport()
    {
        var client = await ClientWithEventsAsync(create: false);

        var json = await client.GetFromJsonAsync<JsonElement>("/api/events/series?a=MLI&b=FRA", TestContext.Current.CancellationToken);

        Assert.Empty(json.GetProperty("periods").EnumerateArray());
        Assert.Contains("griot events import", json.GetProperty("message").GetString());
        Assert.Contains(json.GetProperty("statements").EnumerateArray(), s => s.GetProperty("predicate").GetString() == "relation");
    }

    [Fact]
    public async Task Series_WhileAnotherProcessHoldsTheStore_Is503_EventStoreBusy()
    {
        Assert.SkipUnless(ForeignLock.Supported, "the foreign lock is Linux's open-file-description lock");
        var client = await ClientWithEventsAsync();
        using var held = ForeignLock.Take(_folder.File("events.duckdb"));

        var response = await client.GetAsync("/api/events/series?a=MLI&b=FRA", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Event store busy", problem.GetProperty("title").GetString());
        Assert.Contains("try again when it is done", problem.GetProperty("detail").GetString());
    }
}
