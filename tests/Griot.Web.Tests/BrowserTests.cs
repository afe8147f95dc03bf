using Microsoft.Playwright;

namespace Griot.Web.Tests;

/// <summary>
/// The UI's stories in a real browser (Debian's chromium, headless): find an actor, move Mali through time,
/// open sources, follow the network, check the seed essay. Every page must load without a console error;
/// each test leaves a screenshot in <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static void NoErrors(WatchedPage page) => Assert.True(page.Errors.Count == 0, string.Join("\n", page.Errors));

    [Fact]
    public async Task Search_FindsAnActorByAcronymAndDemonym_AndOpensItsPage()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/");

        var search = page.GetByLabel("Search actors");
        await search.FillAsync("CEDEAO");
        await Expect(page.Locator("#search-results a[href*='id=ECOWAS']")).ToBeVisibleAsync(Soon);

        await search.FillAsync("Malian");
        var mali = page.Locator("#search-results a[href*='id=MLI']").First;
        await Expect(mali).ToBeVisibleAsync(Soon);
        await watched.ScreenshotAsync("search");

        await mali.ClickAsync();
        await Expect(page.Locator("#actor-name")).ToHaveTextAsync("Mali", new() { Timeout = 15_000 });
        NoErrors(watched);
    }

    [Fact]
    public async Task ActorPage_SliderFrom2019To2024_BringsAesAndEcowasLeaving_AndRecoloursFrance()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=MLI&date=2019-06-01");

        var memberships = page.GetByTestId("membership-list");
        await Expect(memberships.Locator("[data-org=G5S]")).ToBeVisibleAsync(Soon);
        await Expect(memberships.Locator("[data-org=AES]")).ToHaveCountAsync(0);
        await Expect(memberships.Locator("[data-org=ECOWAS]")).ToHaveAttributeAsync("data-status", "member");
        var france = page.Locator("path.country[data-state=FRA]");
        await Expect(france).ToHaveCountAsync(1);
        var franceIn2019 = await france.GetAttributeAsync("fill");
        await watched.ScreenshotAsync("actor-mali-2019");

        // The slider is keyboard-driven: five steps to the right from 2019.
        var slider = page.Locator("#date-slider");
        await slider.FocusAsync();
        for (var i = 0; i < 5; i++)
        {
            await slider.PressAsync("ArrowRight");
        }

        await Expect(page.Locator("#date-input")).ToHaveValueAsync("2024-06-01");
        await Expect(memberships.Locator("[data-org=AES]")).ToBeVisibleAsync(Soon);
        await Expect(memberships.Locator("[data-org=ECOWAS]")).ToHaveAttributeAsync("data-status", "leaving");
        await Expect(memberships.Locator("[data-org=G5S]")).ToHaveCountAsync(0);
        await Expect(france).Not.ToHaveAttributeAsync("fill", franceIn2019!);
        Assert.Contains("date=2024-06-01", page.Url, StringComparison.Ordinal);
        await watched.ScreenshotAsync("actor-mali-2024");
        NoErrors(watched);
    }

    [Fact]
    public async Task ActorPage_ExactDay_AndChoosingAnOrganization_ColoursItsMembers()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=MLI&date=2024-06-01");
        var memberships = page.GetByTestId("membership-list");
        await Expect(memberships.Locator("[data-org=AES]")).ToBeVisibleAsync(Soon);

        // The day after Mali left ECOWAS (2025-01-29) the row is gone.
        await page.GetByLabel("Day").FillAsync("2025-02-15");
        await Expect(memberships.Locator("[data-org=ECOWAS]")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Expect(memberships.Locator("[data-org=AES]")).ToBeVisibleAsync(Soon);

        var niger = page.Locator("path.country[data-state=NER]");
        var nigeria = page.Locator("path.country[data-state=NGA]");
        var nigeriaBefore = await nigeria.GetAttributeAsync("fill");
        await memberships.Locator("[data-org=AES] button.row-choose").ClickAsync();
        await Expect(memberships.Locator("[data-org=AES] button.row-choose")).ToHaveAttributeAsync("aria-pressed", "true");

        // AES members share one colour; Nigeria, not a member, keeps another.
        var nigerFill = await niger.GetAttributeAsync("fill");
        await Expect(page.Locator("path.country[data-state=BFA]")).ToHaveAttributeAsync("fill", nigerFill!);
        Assert.NotEqual(nigerFill, await nigeria.GetAttributeAsync("fill"));
        Assert.NotNull(nigeriaBefore);
        await watched.ScreenshotAsync("actor-mali-aes-members");
        NoErrors(watched);
    }

    [Fact]
    public async Task ActorPage_EveryFactOpensItsSources()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=MLI&date=2024-06-01");
        var ecowas = page.GetByTestId("membership-list").Locator("[data-org=ECOWAS]");
        await Expect(ecowas).ToBeVisibleAsync(Soon);

        await ecowas.Locator("button.sources-button").ClickAsync();
        var dialog = page.Locator("dialog.sources-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("a[href^='http']").First).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("ECOWAS");
        await watched.ScreenshotAsync("actor-mali-sources");

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).Not.ToBeVisibleAsync();
        NoErrors(watched);
    }

    [Fact]
    public async Task OrganizationPage_ListsItsMembersOnTheDay()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=AES&date=2025-06-01");

        var members = page.GetByTestId("member-list");
        foreach (var state in new[] { "MLI", "BFA", "NER" })
        {
            await Expect(members.Locator($"[data-member={state}]")).ToBeVisibleAsync(Soon);
        }

        await Expect(members.Locator("[data-member]")).ToHaveCountAsync(3);
        await watched.ScreenshotAsync("organization-aes");
        NoErrors(watched);
    }

    [Fact]
    public async Task NetworkPage_ShowsTiesOnTheDay_AndNavigates()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/network.html?id=MLI&date=2024-06-01");

        var nodes = page.Locator("#node-list");
        await Expect(nodes.GetByRole(AriaRole.Link, new() { Name = "Alliance of Sahel States", Exact = false }).First).ToBeVisibleAsync(Soon);
        await Expect(page.Locator("#cy canvas").First).ToBeVisibleAsync();
        await watched.ScreenshotAsync("network-mali-2024");

        await nodes.Locator("a[href*='network.html?id=NER']").First.ClickAsync();
        await Expect(page.Locator("#network-title")).ToContainTextAsync("Niger", new() { Timeout = 15_000 });
        NoErrors(watched);
    }

    [Fact]
    public async Task CheckPage_SeedEssay_MarksTunisiaContradicted()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/check.html");

        await page.Locator("#load-example").ClickAsync();
        await Expect(page.Locator("#check-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Tunisia"));
        await page.Locator("#check-button").ClickAsync();

        var contradicted = page.Locator("li.claim[data-verdict=contradicted]").Filter(new() { HasText = "Tunisia" });
        await Expect(contradicted.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(contradicted.First.Locator(".verdict.verdict-contradicted")).ToHaveTextAsync("contradicted");
        await Expect(page.Locator("li.claim[data-verdict=supported]").First).ToBeVisibleAsync();
        await watched.ScreenshotAsync("check-seed-essay");
        NoErrors(watched);
    }

    [Fact]
    public async Task CheckPage_PastedText_IsAnnotated()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/check.html");

        await page.GetByLabel("Text to check").FillAsync("Mali is a member of the African Union. Mali borders Spain.");
        await page.Locator("#check-button").ClickAsync();

        await Expect(page.Locator("li.claim[data-verdict=supported]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("li.claim[data-verdict=contradicted]").Filter(new() { HasText = "Spain" }).First).ToBeVisibleAsync();
        NoErrors(watched);
    }

    [Fact]
    public async Task ActorPage_OnAPhone_FitsTheScreen()
    {
        await using var watched = await browser.OpenAsync(390, 844);
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=MLI&date=2024-06-01");
        await Expect(page.GetByTestId("membership-list").Locator("[data-org=AES]")).ToBeVisibleAsync(Soon);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} right=${e.getBoundingClientRect().right}`)
            """);
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen: {string.Join("; ", wide)}");
        await watched.ScreenshotAsync("actor-mali-phone");
        NoErrors(watched);
    }

    [Fact]
    public async Task PairPage_DrawsEventsOverTheStancesOfThePair()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/pair.html?a=MLI&b=FRA&interval=year");

        await Expect(page.Locator("#pair-title")).ToHaveTextAsync("Mali and France", new() { Timeout = 15_000 });
        Assert.True(await page.Locator("#pair-chart rect.bar.cooperation").CountAsync() > 10);
        await Expect(page.Locator("#pair-chart path.goldstein-line")).ToHaveCountAsync(2);
        // The knowledge base's stances for the pair: hostile since 2022-01-31.
        await Expect(page.Locator("#pair-chart rect.stance-band[data-stance=hostile]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#pair-statements tr[data-predicate=relation]").First).ToBeVisibleAsync();
        await Expect(page.Locator("#pair-shifts")).ToContainTextAsync("PELT");
        await watched.ScreenshotAsync("pair-mali-france");

        await page.GetByLabel("and state").FillAsync("RUS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("#pair-title")).ToHaveTextAsync("Mali and Russia", new() { Timeout = 15_000 });
        Assert.Contains("b=RUS", page.Url, StringComparison.Ordinal);
        NoErrors(watched);
    }

    [Fact]
    public async Task PairPage_UnknownState_ShowsTheProblem()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/pair.html?a=MLI&b=XYZ");

        await Expect(page.Locator("#problem [role=alert]")).ToContainTextAsync("XYZ", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task PairPage_NeighbourPair_ShowsItsStatements_WithoutConsoleErrors()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/pair.html?a=NER&b=BFA&interval=year");

        await Expect(page.Locator("#pair-title")).ToHaveTextAsync("Niger and Burkina Faso", new() { Timeout = 15_000 });
        await Expect(page.Locator("#pair-statements tbody tr").First).ToBeVisibleAsync();
        NoErrors(watched);
    }
}
