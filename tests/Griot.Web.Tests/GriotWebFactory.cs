using Griot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Griot.Web.Tests;

/// <summary>The web app through the real HTTP pipeline, on its own store seeded from the bundled data; today is 2026-11-26.</summary>
/// <param name="database">The store's location (a PostgreSQL connection string); a scratch SQLite file when null.</param>
public sealed class GriotWebFactory(string? database = null) : WebApplicationFactory<Program>
{
    private readonly ScratchFolder _folder = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Griot:Database", database ?? _folder.File("web.db"));
        builder.UseSetting("Griot:Events", _folder.File("events.duckdb"));
        builder.UseSetting("Griot:Data", TestData.DataDirectory);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
