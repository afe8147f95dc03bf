using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Griot.Web.Tests;

/// <summary>The OpenAPI document describes what each read endpoint answers, not only that it answers.</summary>
public sealed class OpenApiSchemaTests(GriotWebFactory factory) : IClassFixture<GriotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await _client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>A schema that says something: a reference to a component, properties, or an array of either.</summary>
    private static bool Describes(JsonElement schema) =>
        schema.TryGetProperty("$ref", out _)
        || schema.TryGetProperty("properties", out _)
        || (schema.TryGetProperty("items", out var items) && Describes(items));

    [Theory]
    [InlineData("/api/actors")]
    [InlineData("/api/states")]
    [InlineData("/api/actors/{id}")]
    [InlineData("/api/actors/{id}/profile")]
    [InlineData("/api/actors/{id}/timeline")]
    [InlineData("/api/actors/{id}/diff")]
    [InlineData("/api/actors/{id}/network")]
    [InlineData("/api/statements")]
    public async Task ReadEndpoint_200_HasResponseSchema(string path)
    {
        var document = await DocumentAsync();

        var ok = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200");
        var schema = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(Describes(schema), $"{path}: the 200 answer has no schema: {schema}");
    }

    [Theory]
    [InlineData("ProfileDto", "names")]
    [InlineData("MembershipDto", "coverage")]
    [InlineData("StatementPageDto", "items")]
    [InlineData("NetworkDto", "edges")]
    public async Task Components_CamelCaseProperties(string component, string property)
    {
        var document = await DocumentAsync();

        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(component);
        Assert.True(schema.GetProperty("properties").TryGetProperty(property, out _), $"{component} has no '{property}'");
    }
}
