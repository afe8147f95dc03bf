using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Griot.Web.Tests;

/// <summary>The API through the real HTTP pipeline: answers in VOCABULARY.md's shapes, problem details for every bad request.</summary>
public sealed class ApiTests(GriotWebFactory factory) : IClassFixture<GriotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task Profile_Mali2024_AesAndEcowasLeaving()
    {
        var profile = await GetJsonAsync("/api/actors/MLI/profile?asOf=2024-06-01");

        var memberships = profile.GetProperty("memberships").EnumerateArray().ToDictionary(m => m.GetProperty("organization").GetString()!);
        Assert.Contains("AES", memberships.Keys);
        Assert.DoesNotContain("G5S", memberships.Keys);
        Assert.Equal("2024-01-28", memberships["ECOWAS"].GetProperty("withdrawalAnnounced").GetString());
        Assert.Equal(["BFA", "CIV", "DZA", "GIN", "MRT", "NER", "SEN"], profile.GetProperty("neighbors").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Profile_NoDate_Today()
    {
        var profile = await GetJsonAsync("/api/actors/MLI/profile");

        Assert.Equal("2026-11-26", profile.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Profile_UnknownId_404WithSuggestions()
    {
        var problem = await ProblemAsync(await _client.GetAsync("/api/actors/MLX/profile", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);

        Assert.Contains("MLI", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("/api/actors/MLI/profile?asOf=2019-13-45", "asOf")]
    [InlineData("/api/actors/MLI/profile?asOf=2019", "asOf")]
    [InlineData("/api/actors/MLI/diff?from=2019-06-01", "to")]
    [InlineData("/api/actors/MLI/network?depth=9", "depth")]
    [InlineData("/api/statements?predicate=likes", "predicate")]
    [InlineData("/api/statements?limit=0", "limit")]
    [InlineData("/api/actors", "q")]
    public async Task BadRequest_ValidationProblemNamingTheParameter(string url, string parameter)
    {
        var problem = await ProblemAsync(await _client.GetAsync(url, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Search_FrenchAcronym_FindsEcowas()
    {
        var found = await GetJsonAsync("/api/actors?q=CEDEAO");

        Assert.Equal("ECOWAS", found[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Diff_Mali2019To2025_LeftAndJoined()
    {
        var diff = await GetJsonAsync("/api/actors/MLI/diff?from=2019-06-01&to=2025-06-01");

        var text = diff.GetRawText();
        Assert.Contains("\"AES\"", text, StringComparison.Ordinal);
        Assert.Contains("\"ECOWAS\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Pair_ThePairAndTheOperationsOfOneInTheOther()
    {
        var timeline = await GetJsonAsync("/api/actors/MLI/timeline?with=FRA");

        Assert.All(timeline.GetProperty("entries").EnumerateArray(), e =>
        {
            var s = e.GetProperty("statement");
            var parties = new[] { s.GetProperty("subject").GetString(), s.GetProperty("object").GetString() }.Order().ToArray();
            var operatedByFrance = s.TryGetProperty("qualifiers", out var q) && q.TryGetProperty("operator", out var op) && op.GetString() == "FRA";
            Assert.True(parties.SequenceEqual(["FRA", "MLI"]) || operatedByFrance && parties.Contains("MLI"), string.Join(",", parties));
        });
    }

    [Fact]
    public async Task Statements_Paged()
    {
        var page = await GetJsonAsync("/api/statements?predicate=borders&offset=10&limit=5");

        Assert.Equal(324, page.GetProperty("total").GetInt32());
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Network_Mali2024_StatesAndOrganizationsWithEdges()
    {
        var network = await GetJsonAsync("/api/actors/MLI/network?asOf=2024-06-01");

        var nodes = network.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("kind").GetString());
        Assert.Equal("organization", nodes["AES"]);
        Assert.Equal("state", nodes["NER"]);
        Assert.DoesNotContain("G5S", nodes.Keys);
        Assert.Contains(network.GetProperty("edges").EnumerateArray(), e => e.GetProperty("predicate").GetString() == "member_of" && e.GetProperty("target").GetString() == "AES");
    }

    [Fact]
    public async Task ReadEndpoints_ETagThen304()
    {
        var first = await _client.GetAsync("/api/actors/MLI/profile?asOf=2024-06-01", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/actors/MLI/profile?asOf=2024-06-01");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Check_Json_TunisiaContradicted()
    {
        var response = await _client.PostAsJsonAsync("/api/check", new { text = "Mali is surrounded by seven countries. It borders Tunisia." }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var tunisia = result.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("object").GetString() == "TUN");
        Assert.Equal("contradicted", tunisia.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_UploadedFile_Checked()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("<html><body><p>Niger borders Chad.</p></body></html>"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", "page.html");

        var response = await _client.PostAsync("/api/check", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("supported", result.GetProperty("claims")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_TooLarge_413()
    {
        var text = new string('a', 3 * 1024 * 1024);

        var response = await _client.PostAsync("/api/check", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Check_WrongMediaType_415()
    {
        var response = await _client.PostAsync("/api/check", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Check_BadDocumentDate_400()
    {
        var response = await _client.PostAsJsonAsync("/api/check", new { text = "Mali borders Niger.", documentDate = "2019-02-30" }, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("documentDate", out _));
    }

    [Fact]
    public async Task OpenApi_ListsEveryEndpoint()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "/api/actors", "/api/states", "/api/actors/{id}", "/api/actors/{id}/profile", "/api/actors/{id}/timeline",
            "/api/actors/{id}/diff", "/api/actors/{id}/network", "/api/statements", "/api/check", "/api/events/series", "/api/vocabulary",
        }, paths);
    }

    [Fact]
    public async Task Docs_ReferencePage()
    {
        var response = await _client.GetAsync("/docs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Griot API", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_ProblemDetails()
    {
        await ProblemAsync(await _client.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Vocabulary_DeclaresPredicatesStancesAndTheirWords()
    {
        var json = await GetJsonAsync("/api/vocabulary");

        Assert.Equal("en", json.GetProperty("language").GetString());
        var memberOf = json.GetProperty("predicates").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "member_of");
        Assert.True(memberOf.GetProperty("networkTie").GetBoolean());
        Assert.Equal("actor", memberOf.GetProperty("object").GetString());
        Assert.Equal(["allied", "friendly", "cordial", "neutral", "ambivalent", "strained", "hostile", "severed"],
            json.GetProperty("stances").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("{subject} is {role} of {object}", json.GetProperty("words").GetProperty("claim.member_of")[0].GetString());
        var french = await GetJsonAsync("/api/vocabulary?lang=fr");
        Assert.Equal("tendues", french.GetProperty("stances")[5].GetProperty("label").GetString());
        var unknown = await _client.GetAsync("/api/vocabulary?lang=xx", TestContext.Current.CancellationToken);
        Assert.True((await ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("lang", out _));
    }
}
