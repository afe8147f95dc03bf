using Griot.Core.Statements;
using Griot.Testing;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Text.Tests;

/// <summary>The seed essay on Mali's foreign relations, checked as issue 4 asks, judged on 2026-11-26.</summary>
public sealed class SeedEssayTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private async Task<CheckResult> CheckAsync()
    {
        // A copy of ../shared/seed/mali-foreign-relations.txt, kept beside the tests.
        var document = await DocumentReader.ReadFileAsync(Path.Join(TestData.RepositoryRoot, "tests", "Griot.Text.Tests", "Seed", "mali-foreign-relations.txt"));
        return await new ClaimChecker(fixture.Store).CheckAsync(fixture.Extractor.Extract(document), Today);
    }

    private static IEnumerable<(Claim Claim, ClaimVerdict Verdict)> Checked(CheckResult result) =>
        result.Extraction.Claims.Zip(result.Verdicts);

    private static Verdict VerdictOf(CheckResult result, string subject, string predicate, string? @object, Func<Claim, bool>? also = null) =>
        Checked(result).First(p => p.Claim.Subject == subject && p.Claim.Predicate.Id == predicate && p.Claim.Object == @object && (also?.Invoke(p.Claim) ?? true)).Verdict.Verdict;

    [Fact]
    public async Task Check_Borders_TunisiaContradictedTheOthersSupported()
    {
        var result = await CheckAsync();

        Assert.Equal(Verdict.Contradicted, VerdictOf(result, "MLI", "borders", "TUN"));
        Assert.Equal(Verdict.Supported, VerdictOf(result, "MLI", "borders", "MRT"));
        Assert.Equal(Verdict.Supported, VerdictOf(result, "MLI", "borders", "NER"));
        Assert.Equal(Verdict.Supported, VerdictOf(result, "MLI", "borders", "DZA"));
        Assert.Equal(Verdict.Supported, VerdictOf(result, "MLI", "borders", null, c => c.Count == 7));
    }

    [Fact]
    public async Task Check_IndependenceFromFranceIn1960_Supported()
    {
        var result = await CheckAsync();

        var independence = Checked(result).First(p => p.Claim.Predicate.Id == "independence_from");
        Assert.Equal(("MLI", "FRA", "1960"), (independence.Claim.Subject, independence.Claim.Object, independence.Claim.Valid.Start.Date.ToString()));
        Assert.Equal(Verdict.Supported, independence.Verdict.Verdict);
    }

    [Fact]
    public async Task Check_G5SahelFounding_ExtractedWithRepeatedNigerAndMissingChad()
    {
        var result = await CheckAsync();

        var founded = result.Extraction.Claims.Single(c => c.Predicate.Id == "founded");
        Assert.Equal(("G5S", 2014), (founded.Subject, founded.Valid.Start.Date!.Value.Year));
        var founders = result.Extraction.Claims.Where(c => c.Object == "G5S" && c.Qualifiers.Get("role") == "founding_member").Select(c => c.Subject);
        Assert.Equal(["BFA", "MLI", "MRT", "NER"], founders.Order());
        Assert.Contains(result.Conflicts, c => c.Reason.Contains("Niger (NER) twice", StringComparison.Ordinal));
        Assert.Contains(result.Conflicts, c => c.Reason.Contains("leaves out Chad (TCD)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_EcowasAndG5SahelMemberships_Outdated()
    {
        var result = await CheckAsync();

        Assert.All(Checked(result).Where(p => p.Claim.Subject == "MLI" && p.Claim.Predicate.Id == "member_of" && p.Claim.Object is "ECOWAS" or "G5S"),
            p => Assert.Equal(Verdict.Outdated, p.Verdict.Verdict));
        Assert.Contains(Checked(result), p => p.Claim.Object == "ECOWAS" && p.Verdict.Reason.Contains("2025-01-29", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_RegionalMemberships_Extracted()
    {
        var result = await CheckAsync();

        var organizations = result.Extraction.Claims.Where(c => c.Subject == "MLI" && c.Predicate.Id == "member_of").Select(c => c.Object).ToHashSet();
        Assert.Superset(new HashSet<string?> { "WAEMU", "AU", "LGA", "NBA", "CILSS", "OMVS", "ECOWAS", "G5S" }, organizations);
    }

    [Fact]
    public async Task Check_FriendlyAndAmbivalentTowardsFrance_AConflict()
    {
        var result = await CheckAsync();
        var claims = result.Extraction.Claims;

        var conflict = Assert.Single(result.Conflicts, c => c.Claims.Count == 2);
        Assert.Equal(["ambivalent", "friendly"], conflict.Claims.Select(i => claims[i].Qualifiers.Get("stance")).Order());
        Assert.All(conflict.Claims, i => Assert.Equal("FRA", claims[i].Object));
    }

    [Fact]
    public async Task Check_UsTrendNigeriaRussiaConcernsAndHedgedCoup_Extracted()
    {
        var result = await CheckAsync();
        var claims = result.Extraction.Claims;

        Assert.Contains(claims, c => c.Object == "USA" && c.Trend == Trend.Improving && c.Valid.Start.Date?.Year == 2002);
        Assert.Contains(claims, c => c.Predicate.Id == "receives_support_from" && c.Object == "NGA" && c.Qualifiers.Get("domain") == "economic");
        Assert.Contains(claims, c => c.Predicate.Id == "receives_support_from" && c.Object == "NGA" && c.Qualifiers.Get("domain") == "security");
        Assert.Contains(claims, c => c.Subject == "RUS" && c.Object == "MLI" && c.Stance == Stance.Friendly);
        Assert.Superset(new HashSet<string?> { "terrorism", "banditry", "border_insecurity", "drug_trafficking" },
            claims.Where(c => c.Predicate.Id == "security_concern").Select(c => c.Object).ToHashSet());
        var coup = Assert.Single(claims, c => c.Predicate.Id == "coup");
        Assert.True(coup.Hedged);
        Assert.Equal(("MLI", 2020), (coup.Subject, coup.At!.Value.Year));
    }

    [Fact]
    public async Task Check_NegatedAndHistoricalSentences_NoClaim()
    {
        var result = await CheckAsync();

        Assert.DoesNotContain(result.Extraction.Claims, c => c.Subject == "DEU" || c.Object == "DEU");
        Assert.DoesNotContain(result.Extraction.Claims, c => c.Subject == "MAR" || c.Object == "MAR");
        Assert.DoesNotContain(result.Extraction.Claims, c => c.Object is "LBR" or "SLE" or "CIV");
    }
}
