using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store;
using Griot.Store.Sqlite;
using Griot.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Griot.Web.Tests;

/// <summary>Read answers are kept in memory while the store is unchanged, and never outlive a write to it.</summary>
public sealed class CacheTests
{
    private static async Task<string[]> PartnersAsync(HttpClient client, string url)
    {
        var profile = await client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
        return [.. profile.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("with").GetString()!)];
    }

    [Fact]
    public async Task Profile_AfterAnotherProcessWritesTheStore_IsAnsweredFromTheNewData()
    {
        await using var factory = new GriotWebFactory();
        var client = factory.CreateClient();
        const string url = "/api/actors/MLI/profile?asOf=2024-06-01";
        var before = await PartnersAsync(client, url);
        Assert.DoesNotContain("ISL", before);
        Assert.Equal(before, await PartnersAsync(client, url));

        // A second connection, as `griot import` in another process would open.
        var path = factory.Services.GetRequiredService<GriotStore>().DatabasePath;
        await using (var other = await SqliteKnowledgeStore.OpenAsync(path, TestContext.Current.CancellationToken))
        {
            var statement = Statement.Create("MLI", Predicate.Relation, "ISL", Qualifiers.Of(("stance", "cordial")),
                ValidityInterval.Parse("2020-01-01", "").Value, [new Reference("https://example.org/cache-test", "test.tsv", 2)]);
            await other.ImportAsync(new KnowledgeSet([], [statement]), new ImportOptions("cache-test"), TestContext.Current.CancellationToken);
        }

        Assert.Contains("ISL", await PartnersAsync(client, url));
    }

    [Fact]
    public async Task CachedAnswer_KeepsItsETag_AndRevalidatesTo304()
    {
        await using var factory = new GriotWebFactory();
        var client = factory.CreateClient();
        const string url = "/api/actors/NER/profile?asOf=2024-06-01";
        var first = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var second = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task BadRequests_AreNotCached()
    {
        await using var factory = new GriotWebFactory();
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync("/api/actors/MLI/profile?asOf=2024-13-01", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Check_AfterAnotherProcessImportsAnActor_RecognizesItsName()
    {
        await using var factory = new GriotWebFactory();
        var client = factory.CreateClient();
        async Task<string[]> SubjectsAsync()
        {
            using var body = new StringContent("Wakanda borders Niger.", System.Text.Encoding.UTF8, "text/plain");
            var response = await client.PostAsync("/api/check?asOf=2024-06-01", body, TestContext.Current.CancellationToken);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            return [.. json.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("subject").GetString()!)];
        }

        Assert.Empty(await SubjectsAsync());
        var path = factory.Services.GetRequiredService<GriotStore>().DatabasePath;
        await using (var other = await SqliteKnowledgeStore.OpenAsync(path, TestContext.Current.CancellationToken))
        {
            var wakanda = new Core.Actors.Actor("WAK", Core.Actors.ActorKind.State, "Wakanda");
            await other.ImportAsync(new KnowledgeSet([new SourcedActor(wakanda, [new Reference("https://example.org/wakanda", "test.tsv", 2)])], []),
                new ImportOptions("cache-test"), TestContext.Current.CancellationToken);
        }

        Assert.Equal(["WAK"], await SubjectsAsync());
    }
}
