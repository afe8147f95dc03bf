using Griot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Griot.Web.Tests;

/// <summary>The web app through the real HTTP pipeline, on its own store seeded from the bundled data; today is 2026-11-26.</summary>
public sealed class GriotWebFactory : WebApplicationFactory<Program>
{
    private readonly ScratchFolder _folder = new();
    private readonly string? _database;

    /// <summary>On a scratch SQLite file (the constructor xunit uses for a class fixture).</summary>
    public GriotWebFactory()
    {
    }

    /// <param name="database">The store's location, such as a PostgreSQL connection string.</param>
    internal GriotWebFactory(string database) => _database = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Griot:Database", _database ?? _folder.File("web.db"));
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
