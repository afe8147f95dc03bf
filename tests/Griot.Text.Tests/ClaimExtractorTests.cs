using Griot.Text.Claims;

namespace Griot.Text.Tests;

/// <summary>Claims read from varied phrasing, one predicate at a time.</summary>
public sealed class ClaimExtractorTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private string[] Claims(string text, string? mainSubject = null, string? documentDate = null) =>
        fixture.Extract(text, mainSubject, documentDate).Claims.Select(Show).ToArray();

    private static string Show(Claim c) =>
        $"{c.Subject} {c.Predicate.Id}{(c.Object is null ? "" : " " + c.Object)}{(c.Qualifiers.Count == 0 ? "" : $" ({c.Qualifiers})")}{(c.Hedged ? " hedged" : "")}";

    [Theory]
    [InlineData("Senegal is a founding member of ECOWAS.", "SEN member_of ECOWAS (role=founding_member)")]
    [InlineData("Morocco rejoined the African Union in 2017.", "MAR member_of AU")]
    [InlineData("Ghana belongs to the Commonwealth and to ECOWAS.", "GHA member_of ECOWAS")]
    [InlineData("The G5 Sahel includes Chad and Mauritania.", "TCD member_of G5S|MRT member_of G5S")]
    [InlineData("Mali, Niger and Burkina Faso withdrew from ECOWAS.", "BFA withdrew_from ECOWAS")]
    [InlineData("ECOWAS suspended Guinea after the coup.", "GIN suspended_from ECOWAS")]
    [InlineData("Mali is an observer in the OIC.", "MLI member_of OIC (role=observer)")]
    public void Extract_Membership_Claims(string text, string expected)
    {
        var claims = Claims(text);

        foreach (var claim in expected.Split('|'))
        {
            Assert.Contains(claim, claims);
        }
    }

    [Fact]
    public void Extract_Founding_FoundedAndEachFounder()
    {
        var result = fixture.Extract("In February 2014, the leaders of Mali, Niger, Mauritania, Burkina Faso, and Niger came together to form the G5 Sahel.");

        var founded = Assert.Single(result.Claims, c => c.Predicate.Id == "founded");
        Assert.Equal("G5S", founded.Subject);
        Assert.Equal("2014-02", founded.Valid.Start.Date.ToString());
        Assert.Equal(["BFA", "MLI", "MRT", "NER"], result.Claims.Where(c => c.Predicate.Id == "member_of").Select(c => c.Subject).Order());
        Assert.Equal(["MLI", "NER", "MRT", "BFA", "NER"], Assert.Single(result.FounderLists).Listed);
    }

    [Theory]
    [InlineData("Niger borders Nigeria, Chad and Libya.", "NER borders NGA|NER borders TCD|NER borders LBY")]
    [InlineData("Mali is bordered by Senegal and Guinea.", "MLI borders SEN|MLI borders GIN")]
    [InlineData("Benin and Togo share a border.", "BEN borders TGO")]
    [InlineData("Mali is surrounded by seven countries.", "MLI borders (count=7)")]
    [InlineData("The border between Niger and Algeria is long.", "NER borders DZA")]
    public void Extract_Borders_Claims(string text, string expected)
    {
        Assert.Equal(expected.Split('|').Order(), Claims(text).Where(c => c.Contains("borders", StringComparison.Ordinal)).Order());
    }

    [Theory]
    [InlineData("Mali has had very good relations with France for a long time.", "MLI relation FRA (stance=friendly)")]
    [InlineData("Relations between Algeria and Morocco are tense.", "DZA relation MAR (stance=strained)")]
    [InlineData("Morocco broke off diplomatic relations with Algeria in 2021.", "MAR relation DZA (stance=severed)")]
    [InlineData("Mali has an ambivalent relationship with France.", "MLI relation FRA (stance=ambivalent)")]
    [InlineData("Mali’s relationship with the United States got a lot better after 2002.", "MLI relation USA (trend=improving)")]
    [InlineData("Ties between Niger and France deteriorated after the coup.", "NER relation FRA (trend=worsening)")]
    [InlineData("Since the 1960s, when Mali was getting its independence from France, Russia has had a close relationship with the country.", "RUS relation MLI (stance=friendly)")]
    public void Extract_Relation_StanceOrTrend(string text, string expected)
    {
        Assert.Contains(expected, Claims(text, mainSubject: "MLI"));
    }

    [Theory]
    [InlineData("Instead, it relied on Nigeria for help with its economy and security.", "MLI receives_support_from NGA (domain=economic)|MLI receives_support_from NGA (domain=security)")]
    [InlineData("Chad received military aid from the United States.", "TCD receives_support_from USA (domain=military)")]
    [InlineData("Since 1960, when Mali gained its independence from France, it changed.", "MLI independence_from FRA")]
    [InlineData("Ghana became independent of the United Kingdom in 1957.", "GHA independence_from GBR")]
    [InlineData("French troops were stationed in Chad.", "FRA military_presence_in TCD")]
    [InlineData("MINUSMA was deployed in Mali in 2013.", "minusma military_presence_in MLI")]
    [InlineData("Niger is threatened by jihadist insurgency and banditry.", "NER security_concern insurgency|NER security_concern banditry")]
    [InlineData("Guinea pursued a non-aligned foreign policy.", "GIN foreign_policy non_alignment")]
    [InlineData("Soldiers overthrew the president of Niger in 2023.", "NER coup")]
    public void Extract_OtherPredicates_Claims(string text, string expected)
    {
        var claims = Claims(text, mainSubject: "MLI");

        foreach (var claim in expected.Split('|'))
        {
            Assert.Contains(claim, claims);
        }
    }

    [Theory]
    [InlineData("Mali has not joined the OIF.")]
    [InlineData("Senegal may join the AES.")]
    [InlineData("Niger plans to leave the OIF.")]
    [InlineData("The Niger flows through Mali and Niger.")]
    [InlineData("The Mali Empire traded gold with Morocco.")]
    [InlineData("Germany has not tried to get involved in the politics of the partner government.")]
    [InlineData("An attempted coup in Chad failed in 2006.")]
    public void Extract_NegatedOrUnreal_NoClaim(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Fact]
    public void Extract_Hedged_Marked()
    {
        Assert.Contains("MLI coup hedged", Claims("Russia might have had something to do with the coup in Mali in 2020."));
    }

    [Fact]
    public void Extract_Pronoun_PointsToTheMainSubject()
    {
        var claims = Claims("Mali is landlocked. It is a founding member of the African Union. The African Union includes it.");

        Assert.Contains("MLI member_of AU (role=founding_member)", claims);
        Assert.Contains("MLI member_of AU", claims);
    }

    [Fact]
    public void Extract_Evidence_IsTheSentenceByOffsets()
    {
        const string text = "Mali is landlocked. It borders Niger.";
        var result = fixture.Extract(text);

        var claim = Assert.Single(result.Claims);
        Assert.Equal("It borders Niger.", text[claim.Evidence.Start..claim.Evidence.End]);
        Assert.Equal("It borders Niger.", claim.Evidence.Text);
    }

    [Fact]
    public void Extract_RelativeDate_ResolvedAgainstTheDocumentDate()
    {
        var claim = Assert.Single(fixture.Extract("Burkina Faso joined the AES last year.", documentDate: "2024-06-01").Claims);

        Assert.Equal("2023", claim.Valid.Start.Date.ToString());
    }
}
