using Griot.Store.Queries;

namespace Griot.Store.Tests;

/// <summary>Spot checks of the regional reference data (issue 3) through the profile query.</summary>
public sealed class RegionalKnowledgeTests(BundledStoreFixture fixture) : IClassFixture<BundledStoreFixture>
{
    private readonly KnowledgeQueries _queries = new(fixture.Store);

    private async Task<Profile> ProfileAsync(string id, string day) =>
        await _queries.ProfileAsync(id, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"{id} not found");

    [Fact]
    public async Task Niger2024_InAesNotG5Sahel()
    {
        var organizations = (await ProfileAsync("NER", "2024-06-01")).Memberships.Select(m => m.Organization).ToArray();

        Assert.Contains("AES", organizations);
        Assert.DoesNotContain("G5S", organizations);
    }

    [Fact]
    public async Task Chad2015_FoundingMemberOfG5Sahel()
    {
        var g5 = Assert.Single((await ProfileAsync("TCD", "2015-01-01")).Memberships, m => m.Organization == "G5S");

        Assert.Equal("founding_member", g5.Role);
    }

    [Theory]
    [InlineData("G5S", "2015-01-01", "BFA MLI MRT NER TCD")]
    [InlineData("G5S", "2024-06-01", "MRT TCD")]
    [InlineData("AES", "2024-06-01", "BFA MLI NER")]
    [InlineData("ECOWAS", "1976-01-01", "BEN BFA CIV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TGO")]
    [InlineData("ECOWAS", "2025-06-01", "BEN CIV CPV GHA GIN GMB GNB LBR MRT NGA SEN SLE TGO")] // Mauritania as associate since 2017
    public async Task OrganizationMembers_OnADay(string organization, string day, string expected)
    {
        var members = (await ProfileAsync(organization, day)).Members.Select(m => m.Member).Order();

        Assert.Equal(expected.Split(' '), members);
    }

    [Fact]
    public async Task Ecowas_FifteenFoundingMembers()
    {
        var founders = (await ProfileAsync("ECOWAS", "1976-01-01")).Members.Where(m => m.Role == "founding_member");

        Assert.Equal(15, founders.Count());
    }

    [Theory]
    [InlineData("MLI", "operation-barkhane", "2022-08-14", "2022-08-15")]
    [InlineData("MLI", "minusma", "2023-12-31", "2024-01-01")]
    [InlineData("MLI", "eutm-mali", "2024-05-18", "2024-05-19")]
    [InlineData("NER", "FRA", "2023-12-21", "2023-12-22")]
    [InlineData("NER", "USA", "2024-09-14", "2024-09-15")]
    [InlineData("BFA", "operation-sabre", "2023-02-17", "2023-02-18")]
    [InlineData("TCD", "FRA", "2025-01-29", "2025-01-30")]
    public async Task Presence_HeldTheDayBeforeDepartureNotOnIt(string host, string force, string lastDay, string departure)
    {
        Assert.Contains((await ProfileAsync(host, lastDay)).Presences, p => p.Actor == force);
        Assert.DoesNotContain((await ProfileAsync(host, departure)).Presences, p => p.Actor == force);
    }

    [Theory]
    [InlineData("NER", "2024-06-01", "abdourahamane-tchiani")]
    [InlineData("BFA", "2024-06-01", "ibrahim-traore")]
    [InlineData("TCD", "2015-01-01", "idriss-deby")]
    public async Task HeadOfState_OnADay(string state, string day, string person)
    {
        Assert.Equal(person, (await ProfileAsync(state, day)).HeadOfState?.Id);
    }
}
