using Griot.Core.Statements;
using Griot.Text.Checking;

namespace Griot.Text.Tests;

/// <summary>Verdicts by rule: time, closed-world predicates, dates, stances and conflicts.</summary>
public sealed class ClaimCheckerTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private async Task<CheckResult> CheckAsync(string text, string? documentDate = null, string today = "2026-11-26") =>
        await new ClaimChecker(fixture.Store).CheckAsync(fixture.Extract(text, documentDate: documentDate), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

    private async Task<(Verdict Verdict, string Reason)> VerdictAsync(string text, string? documentDate = null, string today = "2026-11-26")
    {
        var result = await CheckAsync(text, documentDate, today);
        var verdict = Assert.Single(result.Verdicts);
        return (verdict.Verdict, verdict.Reason);
    }

    [Theory]
    [InlineData("Mali is a member of ECOWAS.", null, Verdict.Outdated)]
    [InlineData("Mali is a member of ECOWAS.", "2019-06-01", Verdict.Supported)]
    [InlineData("Mali is a member of the AES.", "2019-06-01", Verdict.Contradicted)]
    [InlineData("Mali is a member of the AES.", null, Verdict.Supported)]
    [InlineData("Mali was a member of the G5 Sahel.", null, Verdict.Supported)]
    [InlineData("Mali joined ECOWAS in 1975.", "2019-06-01", Verdict.Supported)]
    [InlineData("Mali joined ECOWAS in 1990.", "2019-06-01", Verdict.Contradicted)]
    [InlineData("Chad is a founding member of ECOWAS.", null, Verdict.Contradicted)]
    public async Task Check_Membership_ByTime(string text, string? documentDate, Verdict expected)
    {
        Assert.Equal(expected, (await VerdictAsync(text, documentDate)).Verdict);
    }

    [Theory]
    [InlineData("French troops were in Chad in 1986.", Verdict.Supported)]
    [InlineData("French troops were in Chad in 1977.", Verdict.Contradicted)]
    [InlineData("In 2019, French soldiers were stationed in Niger.", Verdict.Supported)]
    public async Task Check_PresenceOfAState_HeldByTheMissionsOfItsForces(string text, Verdict expected)
    {
        Assert.Equal(expected, (await VerdictAsync(text)).Verdict);
    }

    [Theory]
    [InlineData("Guinea has been suspended from ECOWAS since 5 September 2021.", Verdict.Supported)]
    [InlineData("Guinea has been suspended from ECOWAS since 5 August 2021.", Verdict.Contradicted)]
    [InlineData("Roch Marc Christian Kaboré was elected president of Burkina Faso in November 2015.", Verdict.Supported)]
    [InlineData("Roch Marc Christian Kaboré was elected president of Burkina Faso in 2014.", Verdict.Contradicted)]
    [InlineData("Mohamed Bazoum won a February 2021 presidential run-off in Niger.", Verdict.Supported)]
    [InlineData("On 26 July 2023, the presidential guard detained President Mohamed Bazoum of Niger.", Verdict.Supported)]
    [InlineData("On 26 July 2024, the presidential guard detained President Mohamed Bazoum of Niger.", Verdict.Contradicted)]
    public async Task Check_DatesOfAStateBegun_AllowTheDaysAfterTheEventTheTextDatesItBy(string text, Verdict expected)
    {
        Assert.Equal(expected, (await VerdictAsync(text, "2022-01-01")).Verdict);
    }

    [Theory]
    [InlineData("Mali borders Senegal.", Verdict.Supported)]
    [InlineData("Mali borders Chad.", Verdict.Contradicted)]
    [InlineData("Niger is surrounded by seven countries.", Verdict.Supported)]
    [InlineData("Niger is surrounded by five countries.", Verdict.Contradicted)]
    public async Task Check_Borders_ClosedWorld(string text, Verdict expected)
    {
        Assert.Equal(expected, (await VerdictAsync(text)).Verdict);
    }

    [Theory]
    [InlineData("Senegal gained independence from France in 1960.", Verdict.Supported)]
    [InlineData("Senegal gained independence from France in 1965.", Verdict.Contradicted)]
    [InlineData("ECOWAS was founded in 1975.", Verdict.Supported)]
    [InlineData("ECOWAS was founded in 1981.", Verdict.Contradicted)]
    [InlineData("There was a coup in Niger in 2023.", Verdict.Supported)]
    public async Task Check_DatedEvents_DateMustMatch(string text, Verdict expected)
    {
        Assert.Equal(expected, (await VerdictAsync(text)).Verdict);
    }

    [Fact]
    public async Task Check_StanceTowardsFrance_DependsOnTheDocumentDate()
    {
        Assert.Equal(Verdict.Supported, (await VerdictAsync("Mali has very good relations with France.", "2015-06-01")).Verdict);
        var now = await VerdictAsync("Mali has very good relations with France.");
        Assert.Equal(Verdict.Outdated, now.Verdict);
        Assert.Contains("hostile", now.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Contradicted, (await VerdictAsync("Relations between Mali and France are hostile.", "2015-06-01")).Verdict);
    }

    [Fact]
    public async Task Check_OpenWorld_Unverified()
    {
        Assert.Equal(Verdict.Unverified, (await VerdictAsync("Ghana relies on Japan for help with its economy.")).Verdict);
    }

    [Fact]
    public async Task Check_TwoStancesOfOneText_Conflict()
    {
        var result = await CheckAsync("Senegal has warm relations with Gambia. Senegal has hostile relations with Gambia.");

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal([0, 1], conflict.Claims);
        Assert.Contains("friendly vs hostile", conflict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_LongDocument_EachClaimPairedWithOneEarlierItCannotStandWith()
    {
        // 2,000 sentences: every claim but the first of each pair of parties stands against an earlier one, and is reported once.
        var text = string.Concat(Enumerable.Repeat("Senegal has warm relations with Gambia. Senegal has hostile relations with Gambia. Mali withdrew from ECOWAS. Mali is a member of ECOWAS. ", 500));

        var result = await CheckAsync(text);

        Assert.Equal(2000, result.Extraction.Claims.Count);
        Assert.Equal(999, result.Conflicts.Count(c => c.Reason.Contains("stance towards", StringComparison.Ordinal)));
        Assert.Equal(999, result.Conflicts.Count(c => c.Reason.Contains("withdrawn", StringComparison.Ordinal)));
        Assert.All(result.Conflicts, c => Assert.True(c.Claims[0] < c.Claims[1]));
    }

    [Fact]
    public async Task Check_Matches_NameTheStatementsUsed()
    {
        var result = await CheckAsync("Mali borders Senegal.");

        var id = Assert.Single(result.Verdicts[0].Matches);
        var statement = Assert.Single(await fixture.Store.QueryAsync(new Store.StatementQuery { Predicate = "borders", Involving = "SEN" }), s => s.Id == id);
        Assert.True(statement.IsAbout("MLI"));
    }
}
