using System.Globalization;
using Griot.Core.Statements;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;
using Griot.Text.Json;

namespace Griot.Text.Tests;

/// <summary>
/// Reading as real documents write: the sentences issue 11 found unread, in English and in French, with their
/// titles, citation markers, pronouns, lists, datelines and dates scoped to their clause.
/// </summary>
public sealed class RealDocumentTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private ExtractionResult Read(string text, string? documentDate = null) =>
        fixture.Extractor.Extract(Document.FromText(text), new ExtractionOptions(DocumentDate: documentDate is null ? null : DateOnly.Parse(documentDate, CultureInfo.InvariantCulture)));

    private string[] Claims(string text, string? documentDate = null) => Read(text, documentDate).Claims.Select(Show).ToArray();

    private static string Show(Claim c) =>
        $"{c.Subject} {c.Predicate.Id}{(c.Object is null ? "" : " " + c.Object)}{(c.Qualifiers.Count == 0 ? "" : $" ({c.Qualifiers})")}"
        + ((c.At ?? c.Valid.Start.Date) is { } at ? $" @{at}" : "");

    [Fact]
    public void Extract_TitleOrganization_ItIsTheOrganization()
    {
        var claims = Claims("G5 Sahel\n\nIt was created on 16 February 2014 in Nouakchott, Mauritania, at a summit of five Sahel countries: Burkina Faso, Chad, Mali, Mauritania, and Niger.");

        Assert.Contains("G5S founded @2014-02-16", claims);
        foreach (var state in new[] { "BFA", "TCD", "MLI", "MRT", "NER" })
        {
            Assert.Contains($"{state} member_of G5S (role=founding_member) @2014-02-16", claims);
        }
    }

    [Fact]
    public void Extract_TheAlliance_IsTheOrganizationSpokenOf_ForEachState()
    {
        var claims = Claims("G5 Sahel\n\nThe G5 Sahel was a regional framework. On 3 December 2023, Niger and Burkina Faso announced their withdrawals from the alliance.");

        Assert.Contains("NER withdrew_from G5S @2023-12-03", claims);
        Assert.Contains("BFA withdrew_from G5S @2023-12-03", claims);
    }

    [Fact]
    public void Extract_CoordinatedSubjects_EachSeveredRelations()
    {
        var claims = Claims("Mali and Niger have severed diplomatic relations with Ukraine.");

        Assert.Contains("MLI relation UKR (stance=severed)", claims);
        Assert.Contains("NER relation UKR (stance=severed)", claims);
        Assert.Contains("MLI diplomatic_act UKR (act=relations_severed)", claims);
        Assert.Contains("NER diplomatic_act UKR (act=relations_severed)", claims);
    }

    [Fact]
    public void Extract_CitationMarker_EndsTheSentence_AndNamesAreNoCoups()
    {
        var result = Read("Burkina Faso is part of the Coup Belt.[15] In 2022 Mali withdrew from the internationally backed G5 Sahel alliance.");

        Assert.Equal(2, result.Sentences.Count);
        Assert.DoesNotContain(result.Claims, c => c.Predicate == Predicate.Coup);
        Assert.Contains("MLI withdrew_from G5S @2022", result.Claims.Select(Show));
    }

    [Fact]
    public void Extract_ItsIndependence_IsTheStateNamedBefore()
    {
        var claims = Claims("The United States established diplomatic relations with Mali in 1960, following its independence from France.");

        Assert.Contains("MLI independence_from FRA @1960", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("USA independence_from", StringComparison.Ordinal));
        Assert.Contains("USA diplomatic_act MLI (act=relations_established) @1960", claims);
    }

    [Fact]
    public void Extract_MemberStatesOfAnOrganization_MakeNoMemberOfTheOneDeploying()
    {
        var claims = Claims("Mali\n\nFrance launched Operation Barkhane, deploying 3,000 soldiers in the member states of G5 Sahel.");

        Assert.DoesNotContain(claims, c => c.StartsWith("FRA member_of", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DateOfASubordinateClause_IsNotTheMainClaims()
    {
        var claims = Claims("Despite gaining its independence in 1960, Mali has maintained close relations with France.");

        // The date is the independence's (from the ruler Mali is known to have had), not the relation's.
        Assert.Equal(["MLI relation FRA (stance=friendly)", "MLI independence_from FRA @1960"], claims);
    }

    [Theory]
    [InlineData("Mali expelled the French ambassador in January 2022.", "MLI diplomatic_act FRA (act=ambassador_expelled) @2022-01")]
    [InlineData("Algeria recalled its ambassador from Bamako in 2024.", "DZA diplomatic_act MLI (act=ambassador_recalled) @2024")]
    [InlineData("France suspended its military cooperation with Mali in June 2021.", "FRA diplomatic_act MLI (act=cooperation_suspended) @2021-06")]
    [InlineData("Le Mali a expulsé l'ambassadeur de France le 31 janvier 2022.", "MLI diplomatic_act FRA (act=ambassador_expelled) @2022-01-31")]
    [InlineData("Le Mali et l'Algérie ont rétabli leurs relations diplomatiques en 2023.", "MLI diplomatic_act DZA (act=relations_restored) @2023")]
    public void Extract_DiplomaticActs_Dated(string text, string expected)
    {
        Assert.Contains(expected, Claims(text));
    }

    [Theory]
    [InlineData("Burkina Faso\n\nPresident Compaoré had mediated a political crisis in Togo.", "BFA head_of_state blaise-compaore")]
    [InlineData("Chad\n\nPresident Habré hoped to pursue greater solidarity with Arab nations.", "TCD head_of_state hissene-habre")]
    [InlineData("The Economic Community of West African States (ECOWAS), of which Senegal is a member, met in Abuja.", "SEN member_of ECOWAS (role=member)")]
    [InlineData("Le Sénégal a rejoint la CEDEAO, dont le Mali et le Niger sont membres fondateurs.", "NER member_of ECOWAS (role=founding_member)")]
    [InlineData("La Haute-Volta et la France sont membres de plein droit de l'Organisation internationale de la francophonie.", "BFA member_of OIF (role=member)")]
    [InlineData("Burkina Faso cut diplomatic ties with Taiwan in May 2018.", "BFA diplomatic_act TWN (act=relations_severed) @2018-05")]
    [InlineData("Burkina Faso cut diplomatic ties with Taiwan in May 2018.", "BFA relation TWN (stance=severed) @2018-05")]
    [InlineData("Le Niger et le Mali partagent une longue frontière.", "NER borders MLI")]
    [InlineData("Les relations entre le Nigeria et le Niger demeurent toutefois tendues.", "NGA relation NER (stance=strained)")]
    [InlineData("Mali\n\nLes relations avec Alger sont hostiles.", "MLI relation DZA (stance=hostile)")]
    [InlineData("Le Niger s'est nettement rapproché de Moscou.", "NER relation RUS (trend=improving)")]
    [InlineData("En 1990, Idriss Déby prend le pouvoir par les armes avec le soutien de la France.", "TCD coup @1990")]
    [InlineData("Les militaires ont pris le pouvoir à Niamey lors du coup d'État du 26 juillet 2023.", "NER coup @2023-07-26")]
    [InlineData("Niger has been under military rule since the coup of 26 July 2023.", "NER coup @2023-07-26")]
    [InlineData("Benin and Niger, both former French colonies, have close relations.", "BEN independence_from FRA")]
    [InlineData("L'Algérie et le Mali, anciennes colonies de la France, ont signé un accord.", "DZA independence_from FRA")]
    [InlineData("Chad attained independence in 1960.", "TCD independence_from FRA @1960")]
    [InlineData("Niger also belongs to the Niger Basin Authority and the Lake Chad Basin Commission, the Economic Community of West African States and the Non-Aligned Movement.", "NER member_of NAM")]
    [InlineData("About 1,000 American troops, meanwhile, remain at the drone base in Agadez.", "USA military_presence_in NER")]
    [InlineData("Les Casques bleus de la MINUSMA, toujours déployés à Tombouctou et à Gao, partent.", "minusma military_presence_in MLI")]
    [InlineData("Senegal enjoys mostly cordial relations with its neighbours.", "SEN relation GMB (stance=cordial)")]
    [InlineData("Le Niger entretient de bonnes relations avec ses voisins.", "NER relation TCD (stance=friendly)")]
    [InlineData("Mauritania\n\nBy 1962 the country began normalizing relations with its neighbours.", "MRT relation MLI (trend=improving) @1962")]
    [InlineData("Mauritania\n\nSecurity along the frontiers with neighbouring Senegal, Mali and Niger will top his agenda.", "MRT borders NER")]
    [InlineData("Le régime du général Abdourahamane Tchiani s'est nettement rapproché de Moscou.", "NER relation RUS (trend=improving)")]
    [InlineData("BAMAKO, 8 février 2023 – En visite à Bamako, le ministre russe des Affaires étrangères a salué des relations « amicales » avec le Mali.", "RUS relation MLI (stance=friendly)")]
    [InlineData("La Mauritanie a signé un accord avec la CEDEAO. Membre fondateur de la Communauté en 1975, Nouakchott s'en était retiré en 2002.", "MRT withdrew_from ECOWAS @2002")]
    [InlineData("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS in January 2024. Senegal, one of the founding members, was represented by its prime minister.", "SEN member_of ECOWAS (role=founding_member)")]
    [InlineData("Niger\n\nIn 1996, Col. Ibrahim BARE overthrew President Mahamane Ousmane.", "NER head_of_state ibrahim-bare-mainassara @1996")]
    [InlineData("Burkina Faso\n\nKABORE was reelected in November 2020, but in January 2022, Paul Henri DAMIBA, a colonel in the army, overthrew KABORE in a coup d'etat.", "BFA coup @2022-01")]
    [InlineData("En 1990, Idriss Déby prend le pouvoir par les armes avec le soutien de la France, mais doit faire face à plusieurs rébellions.", "TCD security_concern insurgency @1990")]
    [InlineData("The Alliance of Sahel States, which groups Mali, Burkina Faso and Niger, met.", "BFA member_of AES")]
    [InlineData("La Guinée fête le 2 octobre son indépendance, arrachée à la France le 2 octobre 1958.", "GIN independence_from FRA @1958-10-02")]
    [InlineData("Guinée\n\nLa France a condamné le coup d'État du 5 septembre 2021.", "GIN coup @2021-09-05")]
    [InlineData("Mali\n\nPrésentation\nEntouré de sept voisins, le Mali est membre\nfondateur de l'Union économique et monétaire ouest-africaine (UEMOA) et de la\nCommunauté économique des États de l'Afrique de l'Ouest (CEDEAO), dont il est sorti.", "MLI member_of ECOWAS (role=founding_member)")]
    [InlineData("Guinea\n\nAlpha CONDE won the 2010 and 2015 presidential elections.", "GIN head_of_state alpha-conde @2010")]
    [InlineData("Ruling party candidate Bazoum Mohamed won a February 2021 presidential run-off, taking office in early April.", "NER head_of_state mohamed-bazoum @2021-02")]
    [InlineData("Mali\n\nFrench soldiers of Operation Barkhane continue to patrol the area around Gao.", "operation-barkhane military_presence_in MLI")]
    [InlineData("Niger\n\nRelations with France, Niger's former colonial ruler, remain hostile.", "NER independence_from FRA")]
    [InlineData("Algeria has also seen its ties with Niamey turn strained.", "DZA relation NER (stance=strained)")]
    [InlineData("The following countries are member states of the NBA: Benin, Burkina Faso, Cameroon and Chad.", "CMR member_of NBA (role=member)")]
    [InlineData("L'Algérie partage une longue frontière saharienne avec le Mali, le Niger et la Mauritanie.", "DZA borders MRT")]
    [InlineData("Le Mali, qui a claqué la porte du G5 Sahel en mai 2022, a rejoint l'AES.", "MLI withdrew_from G5S @2022-05")]
    [InlineData("Le CILSS a fêté ses cinquante ans. Le Niger et le Tchad figurent parmi ses membres fondateurs.", "TCD member_of CILSS (role=founding_member)")]
    [InlineData("ECOWAS met in Abuja. Senegal and Ghana are among its members.", "GHA member_of ECOWAS (role=member)")]
    [InlineData("Mali already hosts the UN peacekeepers of MINUSMA and the French soldiers of Operation Barkhane.", "operation-barkhane military_presence_in MLI")]
    [InlineData("Niger hosts a US drone base.", "USA military_presence_in NER")]
    public void Extract_RoundTwo_RealPhrasings(string text, string expected)
    {
        Assert.Contains(expected, Claims(text));
    }

    [Fact]
    public void Extract_Decade_IsTheTenYears_NotAnOpenStart()
    {
        var claim = Read("Dans les années 2010, la France est alliée du Niger.").Claims.Single(c => c.Predicate == Predicate.Relation);

        Assert.Equal("2010", claim.Valid.Start.Date?.ToString());
        Assert.Equal("2019", claim.Valid.End.Date?.ToString());
    }

    [Fact]
    public void Extract_RelativeClause_KeepsItsOwnDate_AndItsListOfPartners()
    {
        var claims = Claims("Mali, which belongs to the G5 Sahel alongside Chad and Mauritania, is also home to MINUSMA, the UN mission deployed in the country since 2013.");

        Assert.Contains("MRT member_of G5S", claims);
        Assert.Contains("MLI member_of G5S", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("MLI member_of UN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MaliFederation_IsNotTheRepublicOfMali()
    {
        Assert.DoesNotContain(Claims("Le Soudan forme en 1959 avec le Sénégal la fédération du Mali qui devient indépendante le 20 juin 1960."), c => c.StartsWith("MLI independence_from", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Town_SaysWhere_NeverSpeaksForItsState()
    {
        Assert.DoesNotContain(Claims("Gao borders Niger."), c => c.Contains("borders", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MilitaryAid_IsSupport_NotAPresence()
    {
        var claims = Claims("France provided military aid to Mali.");

        Assert.Contains("MLI receives_support_from FRA (domain=military)", claims);
        Assert.DoesNotContain(claims, c => c.Contains("military_presence_in", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StateThatQualifiesAid_IsNotTheOneTheThreatWeighsOn()
    {
        var claims = Claims("Niger\n\nU.S. foreign assistance to Niger helps the fight against terrorism and violent extremism.");

        Assert.DoesNotContain(claims, c => c.StartsWith("USA security_concern", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PresidentVisitingACapital_IsNotThatCapitalsHead()
    {
        Assert.DoesNotContain(Claims("Visite d'État du Président Alpha Condé à Paris du 10 au 12 avril 2017."), c => c.StartsWith("FRA head_of_state", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ElectionsAfterACoup_AreNotCoups()
    {
        var claims = Claims("Mauritania\n\nOuld Abdel AZIZ led the last coup in 2008, was elected president in 2009, and was reelected in 2014.");

        Assert.Contains("MRT coup @2008", claims);
        Assert.DoesNotContain("MRT coup @2009", claims);
        Assert.DoesNotContain("MRT coup @2014", claims);
    }

    [Fact]
    public void Extract_Hypothetical_IsNoClaim()
    {
        Assert.DoesNotContain(Claims("Mali\n\nThe region faces possible threats from armed groups crossing the Sahel."), c => c.Contains("security_concern", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_French_ListAfterDont_EveryMembership()
    {
        var claims = Claims("Mali\n\nIl fait partie d'un nombre important d'organisations internationales, dont l'Union africaine, la Communauté économique des États d'Afrique de l'Ouest, le G5 Sahel et l'Organisation de la coopération islamique. Le Mali s'est retiré du G5 Sahel en mai 2022.");

        Assert.Superset(new HashSet<string> { "MLI member_of AU", "MLI member_of ECOWAS", "MLI member_of G5S", "MLI member_of OIC", "MLI withdrew_from G5S @2022-05" }, claims.ToHashSet());
    }

    [Fact]
    public void Extract_French_LanguageToldAndShown()
    {
        var result = Read("Le Burkina Faso partage une frontière avec le Mali et le Niger.");

        Assert.Equal("fr", result.Language);
        Assert.Equal(["BFA borders MLI", "BFA borders NER"], result.Claims.Select(Show).Order());
    }

    [Fact]
    public void Extract_MixedText_EachParagraphInItsLanguage()
    {
        var result = Read("Mali borders Niger and Senegal, and it has long been a member of the African Union.\n\nLe Niger s'est retiré de la CEDEAO en janvier 2024, et le Burkina Faso a quitté le G5 Sahel en décembre 2023 avec lui.");

        Assert.Equal(["en", "fr"], result.Sentences.Select(s => s.Language).Distinct());
        Assert.Contains("NER withdrew_from ECOWAS @2024-01", result.Claims.Select(Show));
    }

    [Fact]
    public void Extract_CeDernier_IsThePersonNamedLast()
    {
        var claims = Claims("Burkina Faso\n\nLes soldats russes sont arrivés peu après l'arrivée au pouvoir du capitaine Ibrahim Traoré. Ce dernier s'est emparé du pouvoir par un coup d'État le 30 septembre 2022.");

        Assert.Contains("BFA head_of_state ibrahim-traore @2022-09-30", claims);
        Assert.Contains("BFA coup @2022-09-30", claims);
    }

    [Fact]
    public void Extract_PersonWhoTookPower_IsOfTheStateTheyLed()
    {
        var claims = Claims("Burkina Faso\n\nAbdourahamane Tchiani came to power in a coup in July 2023.");

        Assert.Contains("NER head_of_state abdourahamane-tchiani @2023-07", claims);
        Assert.Contains("NER coup @2023-07", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("BFA", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RelativeClause_ItsAntecedentIsTheWholeList()
    {
        var claims = Claims("West African leaders met for a summit on Mali, Burkina Faso and Guinea, all three of which remain suspended from ECOWAS.");

        Assert.Equal(["BFA suspended_from ECOWAS", "GIN suspended_from ECOWAS", "MLI suspended_from ECOWAS"], claims.Where(c => c.Contains("suspended_from", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void Extract_CommaAnd_StartsANewClauseWithItsOwnSubject()
    {
        var claims = Claims("G5 Sahel\n\nMali pulled out of the group in May 2022, and Burkina Faso and Niger announced their own departure on 2 December 2023.");

        Assert.Equal(["BFA withdrew_from G5S @2023-12-02", "MLI withdrew_from G5S @2022-05", "NER withdrew_from G5S @2023-12-02"], claims.Order());
    }

    [Fact]
    public void Extract_Apposition_ItsNeighbour()
    {
        Assert.Contains("SEN borders MLI", Claims("Senegal said that Dakar would never turn its back on Mali, its eastern neighbour."));
    }

    [Fact]
    public void Extract_Dateline_GivesTheDayAndTheState()
    {
        var result = Read("N'DJAMENA, 11 avril 2025 (AFP) - Le président Mahamat Idriss Déby Itno a reçu vendredi le représentant du Soudan. Les quelque 1 000 militaires français encore stationnés au Tchad ont été invités à achever leur retrait.");

        Assert.Equal(new DateOnly(2025, 4, 11), result.DocumentDate);
        Assert.Equal("TCD", result.MainSubject);
        Assert.DoesNotContain("2025", result.Sentences[0].TextOf(result.Document.Text), StringComparison.Ordinal);
        Assert.Contains("TCD head_of_state mahamat-deby @2025-04-11", result.Claims.Select(Show));
        Assert.Equal(Tense.Present, Assert.Single(result.Claims, c => c.Predicate == Predicate.MilitaryPresenceIn).Tense);
    }

    [Fact]
    public async Task Check_StillStationedAfterTheyLeft_IsOutdated_OnTheDatelinesDay()
    {
        var extraction = Read("N'DJAMENA, 11 avril 2025 (AFP) - Les quelque 1 000 militaires français encore stationnés au Tchad ont été invités à achever leur retrait.");

        var result = await new ClaimChecker(fixture.Store).CheckAsync(extraction, new DateOnly(2026, 12, 1));

        Assert.Equal(new DateOnly(2025, 4, 11), result.JudgedOn);
        Assert.Equal(Verdict.Outdated, Assert.Single(result.Verdicts).Verdict);
        var document = ClaimJson.Check(result)["document"]!;
        Assert.Equal("fr", (string?)document["language"]);
        Assert.Equal("2025-04-11", (string?)document["date"]);
        Assert.Equal("2025-04-11", (string?)document["judgedOn"]);
    }

    [Fact]
    public async Task Check_LiftedSuspension_RunsFromItsSinceToTheDayItWasLifted()
    {
        var extraction = Read("BISSAU, 8 juillet 2023 (AFP) - Réunis samedi à Bissau, les chefs d'État de l'Union économique et monétaire ouest-africaine (UEMOA) ont levé la suspension qui frappait le Mali depuis janvier 2022.");

        var claim = Assert.Single(extraction.Claims);
        Assert.Equal("2022-01", claim.Valid.Start.Date.ToString());
        Assert.Equal("2023-07-08", claim.Valid.End.Date.ToString());
        var result = await new ClaimChecker(fixture.Store).CheckAsync(extraction, new DateOnly(2026, 12, 1));
        Assert.Equal(Verdict.Supported, Assert.Single(result.Verdicts).Verdict);
    }

    [Fact]
    public void Extract_EventAfterAfter_BoundsTheClaim_AndTheCoupKeepsItsDayAndState()
    {
        var claims = Claims("Côte d'Ivoire\n\nLes relations entre le Niger et la Côte d'Ivoire sont devenues hostiles après le coup d'État du 26 juillet 2023 au Niger.");

        Assert.Contains("NER coup @2023-07-26", claims);
        var relation = Read("Côte d'Ivoire\n\nLes relations entre le Niger et la Côte d'Ivoire sont devenues hostiles après le coup d'État du 26 juillet 2023 au Niger.")
            .Claims.Single(c => c.Predicate == Predicate.Relation);
        Assert.Equal(Core.Time.BoundKind.Dated, relation.Valid.Start.Kind);
        Assert.Null(relation.At);
    }

    [Theory]
    [InlineData("Membre fondateur de l'Alliance des États du Sahel, le Niger s'est retiré du G5 Sahel en décembre 2023.", "NER member_of AES (role=founding_member)")]
    [InlineData("Frontalière du Mali, la Mauritanie accueille des réfugiés.", "MRT borders MLI")]
    [InlineData("Présents au Burkina Faso depuis janvier 2024, les éléments de l'Africa Corps forment l'armée.", "africa-corps military_presence_in BFA @2024-01")]
    [InlineData("Les relations franco-maliennes se sont dégradées en 2022.", "FRA relation MLI (stance=strained; trend=worsening) @2022")]
    [InlineData("La France est le deuxième bailleur bilatéral du Bénin, derrière les Etats-Unis.", "BEN receives_support_from FRA (domain=development)")]
    [InlineData("Mali requested French military assistance in January 2013.", "MLI receives_support_from FRA (domain=military) @2013-01")]
    [InlineData("Le Sénégal est le premier bénéficiaire de l'aide militaire française.", "SEN receives_support_from FRA (domain=military)")]
    [InlineData("Le président béninois Yayi Boni a été élu président en exercice de la CEN-SAD.", "BEN member_of CENSAD")]
    [InlineData("The G5 Sahel, which Mauritania helped found in 2014, is now defunct.", "MRT member_of G5S (role=founding_member) @2014")]
    [InlineData("Le Tchad redéploie ses troupes sur deux fronts : aux frontières camerounaise et nigérienne.", "TCD borders CMR")]
    [InlineData("Le Tchad a déployé 2000 soldats au Mali en 2013.", "TCD military_presence_in MLI @2013")]
    public void Extract_RoundFourReadings(string text, string expected)
    {
        Assert.Contains(expected, Claims(text));
    }

    [Fact]
    public void Extract_OpeningPhrase_KeepsItsOwnDate_AndAidWordIsNoVerb()
    {
        Assert.DoesNotContain(Claims("Membre fondateur de l'Alliance des États du Sahel, le Niger s'est retiré du G5 Sahel en décembre 2023."),
            c => c.StartsWith("NER member_of AES", StringComparison.Ordinal) && c.Contains('@', StringComparison.Ordinal));
        Assert.DoesNotContain(Claims("Le Sénégal est le premier bénéficiaire de l'aide militaire française."),
            c => c.StartsWith("FRA receives_support_from", StringComparison.Ordinal));
    }
}
