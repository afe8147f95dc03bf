using Griot.Store.Queries;

namespace Griot.Store.Tests;

/// <summary>Profile, diff and timeline on the bundled reference data: the answers Mali's case needs.</summary>
public sealed class KnowledgeQueriesTests(BundledStoreFixture fixture) : IClassFixture<BundledStoreFixture>
{
    private readonly KnowledgeQueries _queries = new(fixture.Store);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Profile> ProfileAsync(string id, string day) =>
        await _queries.ProfileAsync(id, Day(day)) ?? throw new InvalidOperationException($"{id} not found");

    [Fact]
    public async Task Profile_Mali2019_NeighboursExactly()
    {
        var profile = await ProfileAsync("MLI", "2019-06-01");

        Assert.Equal(["BFA", "CIV", "DZA", "GIN", "MRT", "NER", "SEN"], profile.Neighbors);
    }

    [Fact]
    public async Task Profile_Mali2019_MembershipsAndFoundingRoles()
    {
        var profile = await ProfileAsync("MLI", "2019-06-01");
        var memberships = profile.Memberships.ToDictionary(m => m.Organization);

        foreach (var organization in new[] { "UN", "AU", "ECOWAS", "WAEMU", "G5S", "LGA", "NBA", "CILSS", "OMVS", "OIC", "OIF" })
        {
            Assert.Contains(organization, memberships.Keys);
        }

        Assert.Equal("founding_member", memberships["ECOWAS"].Role);
        Assert.Equal("founding_member", memberships["WAEMU"].Role);
        Assert.Equal("founding_member", memberships["G5S"].Role);
        Assert.DoesNotContain("AES", memberships.Keys);
        Assert.DoesNotContain("OAU", memberships.Keys);
        Assert.False(memberships["ECOWAS"].Suspended);
    }

    [Fact]
    public async Task Profile_Mali2024_InAesAndEcowasNotG5S()
    {
        var profile = await ProfileAsync("MLI", "2024-06-01");
        var memberships = profile.Memberships.ToDictionary(m => m.Organization);

        Assert.Contains("AES", memberships.Keys);
        Assert.Contains("ECOWAS", memberships.Keys);
        Assert.DoesNotContain("G5S", memberships.Keys);
        Assert.True(memberships["ECOWAS"].Suspended);
        Assert.Equal("2024-01-28", memberships["ECOWAS"].WithdrawalAnnounced?.ToString());
    }

    [Fact]
    public async Task Profile_Mali2025_NotInEcowas()
    {
        var profile = await ProfileAsync("MLI", "2025-06-01");

        Assert.DoesNotContain(profile.Memberships, m => m.Organization == "ECOWAS");
        Assert.Contains(profile.Memberships, m => m.Organization == "AES");
    }

    [Fact]
    public async Task Profile_Mali1965_InOauNotAuNorEcowas()
    {
        var profile = await ProfileAsync("MLI", "1965-01-01");
        var organizations = profile.Memberships.Select(m => m.Organization).ToArray();

        Assert.Contains("OAU", organizations);
        Assert.DoesNotContain("AU", organizations);
        Assert.DoesNotContain("ECOWAS", organizations);
        Assert.Equal("modibo-keita", profile.HeadOfState?.Id);
    }

    [Fact]
    public async Task Profile_Mali2019_PresencesLeaderRelationsAndSources()
    {
        var profile = await ProfileAsync("MLI", "2019-06-01");

        Assert.Equal(["eutm-mali", "g5-sahel-joint-force", "minusma", "operation-barkhane", "operation-sabre"], profile.Presences.Select(p => p.Actor).Order());
        Assert.Equal("ibrahim-boubacar-keita", profile.HeadOfState?.Id);
        Assert.Equal("Ibrahim Boubacar Keïta", profile.HeadOfState?.Name);
        Assert.Contains(profile.Relations, r => r.With == "FRA" && r.Stance == Core.Statements.Stance.Friendly);
        Assert.True(profile.Sources > 20);
    }

    [Fact]
    public async Task Profile_Niger_SeesMaliAsNeighbour()
    {
        var profile = await ProfileAsync("NER", "2019-06-01");

        Assert.Contains("MLI", profile.Neighbors);
    }

    [Fact]
    public async Task Profile_Organization_ListsItsMembers()
    {
        var profile = await ProfileAsync("AES", "2024-06-01");

        Assert.Equal(["BFA", "MLI", "NER"], profile.Members.Select(m => m.Member).Order());
        Assert.All(profile.Members, m => Assert.Equal("founding_member", m.Role));
    }

    [Fact]
    public async Task Diff_Mali2019To2025_ShowsTheTurn()
    {
        var diff = await _queries.DiffAsync("MLI", Day("2019-06-01"), Day("2025-06-01"));

        Assert.NotNull(diff);
        var removed = diff.Removed.Select(s => (s.Predicate.Id, s.Object)).ToArray();
        var added = diff.Added.Select(s => (s.Predicate.Id, s.Object)).ToArray();
        Assert.Contains(("member_of", "ECOWAS"), removed);
        Assert.Contains(("member_of", "G5S"), removed);
        Assert.Contains(("member_of", "AES"), added);
        Assert.Contains(diff.Removed, s => s.Subject == "operation-barkhane");
        Assert.Contains(diff.Removed, s => s.Subject == "minusma");
        Assert.Contains(diff.Added, s => s.Subject == "africa-corps");
        Assert.Contains(("head_of_state", "ibrahim-boubacar-keita"), removed);
        Assert.Contains(("head_of_state", "assimi-goita"), added);
        Assert.DoesNotContain(diff.Added.Concat(diff.Removed), s => s.Predicate.Id == "borders");
    }

    [Fact]
    public async Task Timeline_MaliWithFrance_ThePairAndFrenchOperationsInDateOrder()
    {
        var timeline = await _queries.TimelineAsync("MLI", "FRA");

        Assert.NotNull(timeline);
        Assert.NotEmpty(timeline.Entries);
        Assert.All(timeline.Entries, e => Assert.True(e.Statement.Subject is "MLI" or "FRA" && e.Statement.Object is "MLI" or "FRA"
            || e.Statement.Object == "MLI" && e.Statement.Qualifiers.Get("operator") == "FRA"));
        Assert.Contains(timeline.Entries, e => e.Statement.Subject == "operation-serval");
        var days = timeline.Entries.Select(e => e.Date.Date!.Value.Earliest).ToArray();
        Assert.Equal(days.Order(), days);
        Assert.Contains(timeline.Entries, e => e.Statement.Predicate.Id == "independence_from");
    }

    [Fact]
    public async Task Queries_UnknownActor_Null()
    {
        Assert.Null(await _queries.ProfileAsync("MLX", Day("2019-06-01")));
        Assert.Null(await _queries.DiffAsync("MLX", Day("2019-06-01"), Day("2020-06-01")));
        Assert.Null(await _queries.TimelineAsync("MLI", "XXX"));
    }

    [Fact]
    public async Task Suggest_Misspelt_ClosestFirst()
    {
        var suggestions = await _queries.SuggestAsync("MLX");

        Assert.Contains(suggestions, s => s.Id == "MLI");
    }
}
