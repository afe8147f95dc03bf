using Griot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Griot.Web.Tests;

/// <summary>
/// Griot's web process on a real Kestrel socket (a free loopback port), seeded from the bundled data, and
/// Debian's chromium driven headless by Playwright. The browser is launched by path: <c>.ci/run</c> installs
/// it with apt; Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ScratchFolder _folder = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:43121</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the tests leave their screenshots: <c>artifacts/screenshots/</c> in the repository.</summary>
    public static string ScreenshotDirectory { get; } = Path.Join(TestData.RepositoryRoot, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does");
        }

        // An event store of synthetic GDELT rows, so that the pair page has events to draw.
        var events = _folder.File("events.duckdb");
        var synthetic = _folder.File("synthetic.tsv");
        Griot.Events.Synthetic.SyntheticEvents.Write(synthetic, 60_000, seed: 5);
        await using (var store = await Griot.Events.Store.EventStore.OpenAsync(events, new Griot.Events.Store.EventStoreOptions("512MB")))
        {
            await store.ImportAsync(synthetic);
        }

        _app = GriotWebApp.Build([], builder =>
        {
            builder.Configuration["Griot:Events"] = events;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Griot:Database"] = _folder.File("browser.db");
            builder.Configuration["Griot:Data"] = TestData.DataDirectory;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    /// <summary>A fresh page of the given size that records every console error and uncaught exception.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watched.Errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watched.Errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => watched.Errors.Add($"request failed: {request.Url} {request.Failure}");
        return watched;
    }
}

/// <summary>A browser page with the errors it logged; disposing it closes its context.</summary>
public sealed class WatchedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    /// <summary>Saves a full-page screenshot under <c>artifacts/screenshots/NAME.png</c>.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Join(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
