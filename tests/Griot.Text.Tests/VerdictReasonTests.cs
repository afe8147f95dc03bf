using Griot.Core.Statements;
using Griot.Testing;
using Griot.Text.Checking;
using Griot.Text.Documents;
using Griot.Text.Language;

namespace Griot.Text.Tests;

/// <summary>Reasons as codes with arguments, written in English for <see cref="ClaimVerdict.Reason"/> and in every language pack.</summary>
public sealed class VerdictReasonTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static readonly string[] Languages = ["en", "fr"];

    private async Task<ClaimVerdict> VerdictAsync(string text, string today = "2026-11-26")
    {
        var result = await new ClaimChecker(fixture.Store).CheckAsync(fixture.Extract(text), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        return Assert.Single(result.Verdicts);
    }

    private static Phrasebook Words(string language) => LanguageSet.Bundled.Find(language)!.Words;

    [Fact]
    public async Task Why_BorderNotHeld_NoSharedBorderWithTheNeighbours()
    {
        var verdict = await VerdictAsync("Mali borders Tunisia.");

        Assert.Equal(Verdict.Contradicted, verdict.Verdict);
        Assert.Equal(ReasonCodes.NoSharedBorder, verdict.Why.Code);
        Assert.Equal(
            new Dictionary<string, string> { ["subject"] = "Mali (MLI)", ["other"] = "Tunisia (TUN)", ["neighbours"] = "BFA, CIV, DZA, GIN, MRT, NER, SEN" },
            verdict.Why.Arguments);
        Assert.Equal("Mali (MLI) and Tunisia (TUN) share no land border; Mali (MLI)'s neighbours are BFA, CIV, DZA, GIN, MRT, NER, SEN", verdict.Reason);
    }

    [Fact]
    public async Task Why_MembershipEndedByAWithdrawal_NoLongerHeldWithTheWithdrawal()
    {
        var verdict = await VerdictAsync("Mali is a member of ECOWAS.");

        Assert.Equal(Verdict.Outdated, verdict.Verdict);
        Assert.Equal(ReasonCodes.NoLongerHeld, verdict.Why.Code);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["what"] = "member", ["periods"] = "from 1975-05-28 to 2025-01-29", ["day"] = "2026-11-26", ["announced"] = "2024-01-28", ["effective"] = "2025-01-29",
            },
            verdict.Why.Arguments);
        Assert.Equal("member from 1975-05-28 to 2025-01-29; not on 2026-11-26; withdrawal announced 2024-01-28, effective 2025-01-29", verdict.Reason);
    }

    [Fact]
    public async Task Why_HeadOfStateOfAnotherState_NamesTheHoldersOfThatTime()
    {
        var verdict = await VerdictAsync("In 2015, Mahamadou Issoufou was the president of Mali.");

        Assert.Equal(Verdict.Contradicted, verdict.Verdict);
        Assert.Equal(ReasonCodes.OtherHeadOfState, verdict.Why.Code);
        Assert.Equal("Ibrahim Boubacar Keïta (ibrahim-boubacar-keita) from 2013-09-04 to 2020-08-18", verdict.Why.Arguments["holders"]);
        Assert.Equal("head of state then: Ibrahim Boubacar Keïta (ibrahim-boubacar-keita) from 2013-09-04 to 2020-08-18", verdict.Reason);
    }

    [Fact]
    public async Task Why_IndependenceOnAnotherDay_DatesAsValues()
    {
        var verdict = await VerdictAsync("Senegal gained independence from France in 1965.");

        Assert.Equal(ReasonCodes.IndependenceDateWrong, verdict.Why.Code);
        Assert.Equal(new Dictionary<string, string> { ["date"] = "1960-08-20", ["claimed"] = "1965" }, verdict.Why.Arguments);
        Assert.Equal("independence on 1960-08-20, not in 1965", verdict.Reason);
    }

    [Fact]
    public async Task Render_French_WritesTheStanceInFrench()
    {
        var verdict = await VerdictAsync("Relations between Mali and France have worsened since 2020.");

        Assert.Equal(ReasonCodes.TrendMarked, verdict.Why.Code);
        Assert.Equal("worsening", verdict.Why.Arguments["trend"]);
        Assert.StartsWith("la base de connaissances marque les relations comme en dégradation : ", verdict.Why.Render(Words("fr")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SeedEssay_EveryReasonInEveryLanguage()
    {
        var document = await DocumentReader.ReadFileAsync(Path.Join(TestData.RepositoryRoot, "tests", "Griot.Text.Tests", "Seed", "mali-foreign-relations.txt"));
        var result = await new ClaimChecker(fixture.Store).CheckAsync(fixture.Extractor.Extract(document), new DateOnly(2026, 11, 26));

        var reasons = result.Verdicts.Select(v => (v.Why, v.Reason)).Concat(result.Conflicts.Select(c => (c.Why, c.Reason))).ToList();
        Assert.Contains(reasons, r => r.Why.Notes.Count > 0);
        Assert.All(reasons, r => Assert.Equal(r.Reason, r.Why.Render(Words("en"))));
        Assert.All(reasons, r => Assert.NotNull(r.Why.Render(Words("fr"))));
    }

    [Fact]
    public void Render_English_IsTheText()
    {
        var reason = VerdictReason.Of(ReasonCodes.Independence, ("former", "France (FRA)"), ("date", "1960-09-22"), ("recognized", null));

        Assert.Equal("independence from France (FRA) on 1960-09-22", reason.Text);
        Assert.Equal(reason.Text, reason.Render(Words("en")));
        Assert.False(reason.Arguments.ContainsKey("recognized"));
    }

    [Fact]
    public void WithNote_WritesTheNoteAfterTheReason()
    {
        var reason = VerdictReason.Of(ReasonCodes.EventOn, ("dates", "2014-02-16"))
            .WithNote(VerdictReason.Of(ReasonCodes.FoundersLeftOut, ("organization", "G5 Sahel (G5S)"), ("founder", "Chad (TCD)")));

        Assert.Equal(ReasonCodes.EventOn, reason.Code);
        Assert.Equal("on 2014-02-16; the list of founders of G5 Sahel (G5S) leaves out Chad (TCD) (founding member in the knowledge base)", reason.Text);
        Assert.Equal("le 2014-02-16 ; la liste des fondateurs de G5 Sahel (G5S) omet Chad (TCD) (membre fondateur dans la base de connaissances)", reason.Render(Words("fr")));
    }

    [Fact]
    public void Of_CodeWithoutAnEnglishTemplate_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => VerdictReason.Of("no_such_code"));
    }

    [Fact]
    public void ReasonCodes_EveryCode_HasATemplateInEveryLanguage()
    {
        foreach (var language in Languages)
        {
            var words = Words(language);
            var missing = ReasonCodes.All.Where(code => !words.Entries.ContainsKey(ReasonCodes.KeyPrefix + code))
                .Concat(ReasonCodes.HeldValues.Select(v => $"what.{v}").Append(ReasonCodes.WithNote).Where(key => words.Word(ReasonCodes.KeyPrefix + key) is null))
                .ToList();
            Assert.True(missing.Count == 0, $"{language}: no reason.{string.Join(", reason.", missing)}");
        }
    }

    [Fact]
    public void ReasonCodes_EveryTemplate_IsACode()
    {
        var known = ReasonCodes.All.Concat(ReasonCodes.HeldValues.Select(v => $"what.{v}")).Append(ReasonCodes.WithNote).Select(c => ReasonCodes.KeyPrefix + c).ToHashSet(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var unknown = Words(language).Entries.Keys.Where(k => k.StartsWith(ReasonCodes.KeyPrefix, StringComparison.Ordinal) && !known.Contains(k)).ToList();
            Assert.True(unknown.Count == 0, $"{language}: {string.Join(", ", unknown)} name no code");
        }
    }

    [Fact]
    public void ReasonCodes_All_AreTheDeclaredConstants()
    {
        var declared = typeof(ReasonCodes).GetFields().Where(f => f.IsLiteral && f.Name is not (nameof(ReasonCodes.KeyPrefix) or nameof(ReasonCodes.WithNote))).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(declared.Order(StringComparer.Ordinal), ReasonCodes.All.Order(StringComparer.Ordinal));
    }
}
