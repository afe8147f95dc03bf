using System.Text.Json;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;

namespace Griot.Store.Tests;

/// <summary>The profile's wire shape: the names of the actors it lists, and how surely each entry holds.</summary>
public sealed class ProfileDtoTests(BundledStoreFixture fixture) : IClassFixture<BundledStoreFixture>
{
    private async Task<JsonElement> ProfileJsonAsync(string id, string day)
    {
        var profile = await new KnowledgeQueries(fixture.Store).ProfileAsync(id, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"{id} not found");
        using var document = JsonDocument.Parse(GriotWire.Serialize(ProfileDto.Of(profile)));
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Ids(JsonElement profile, string list, string key) =>
        profile.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(key).GetString()!);

    [Fact]
    public async Task Of_Mali2024_NamesEveryActorListed()
    {
        var profile = await ProfileJsonAsync("MLI", "2024-06-01");
        var names = profile.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        var listed = Ids(profile, "memberships", "organization")
            .Concat(Ids(profile, "relations", "with"))
            .Concat(Ids(profile, "presences", "actor"))
            .Concat(profile.GetProperty("neighbors").EnumerateArray().Select(n => n.GetString()!))
            .Append(profile.GetProperty("headOfState").GetProperty("id").GetString()!)
            .Append("MLI")
            .ToHashSet();
        Assert.Contains("ECOWAS", listed);
        Assert.Contains("NER", listed);
        foreach (var id in listed)
        {
            Assert.True(names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name), $"no name for {id}");
        }

        Assert.Equal("Economic Community of West African States", names["ECOWAS"]);
        Assert.Equal("Mali", names["MLI"]);
    }

    [Fact]
    public async Task Of_Mali2024_CoverageOnEveryEntry()
    {
        var profile = await ProfileJsonAsync("MLI", "2024-06-01");

        var entries = new[] { "memberships", "relations", "presences" }
            .SelectMany(list => profile.GetProperty(list).EnumerateArray())
            .Append(profile.GetProperty("headOfState"))
            .ToList();
        Assert.NotEmpty(profile.GetProperty("relations").EnumerateArray());
        Assert.All(entries, e => Assert.Contains(e.GetProperty("coverage").GetString(), new[] { "certain", "possible" }));
    }

    [Fact]
    public async Task Of_Organization_MembersWithCoverage()
    {
        var profile = await ProfileJsonAsync("ECOWAS", "2024-06-01");

        var members = profile.GetProperty("members").EnumerateArray().ToList();
        Assert.Contains(members, m => m.GetProperty("member").GetString() == "NGA");
        Assert.All(members, m => Assert.Contains(m.GetProperty("coverage").GetString(), new[] { "certain", "possible" }));
        Assert.All(members, m => Assert.True(profile.GetProperty("names").TryGetProperty(m.GetProperty("member").GetString()!, out _)));
    }

    [Fact]
    public async Task Of_State_NoMembersKey()
    {
        var profile = await ProfileJsonAsync("MLI", "2024-06-01");

        Assert.False(profile.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Of_Mali2024_NamesAndCoverageLast()
    {
        var profile = await ProfileJsonAsync("MLI", "2024-06-01");

        Assert.Equal("names", profile.EnumerateObject().Last().Name);
        Assert.Equal("coverage", profile.GetProperty("headOfState").EnumerateObject().Last().Name);
        Assert.All(profile.GetProperty("memberships").EnumerateArray(), m => Assert.Equal("coverage", m.EnumerateObject().Last().Name));
    }
}
