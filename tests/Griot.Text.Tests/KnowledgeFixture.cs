using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Testing;
using Griot.Text.Claims;
using Griot.Text.Documents;
using Griot.Text.Reading;

namespace Griot.Text.Tests;

/// <summary>A store seeded from the bundled data and an extractor built from it, shared by read-only tests.</summary>
public sealed class KnowledgeFixture : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new();

    public SqliteKnowledgeStore Store { get; private set; } = null!;

    public Gazetteer Gazetteer { get; private set; } = null!;

    public ClaimExtractor Extractor { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await SqliteKnowledgeStore.OpenAsync(_folder.File("bundled.db"));
        await BundledData.EnsureSeededAsync(Store, TestData.DataDirectory);
        var actors = await Store.GetActorsAsync((await Store.ListActorsAsync()).Select(a => a.Id));
        Gazetteer = Gazetteer.Build(actors.Values);
        Extractor = await ClaimExtractor.FromStoreAsync(Store);
    }

    public ExtractionResult Extract(string text, string? mainSubject = null, string? documentDate = null) =>
        Extractor.Extract(Document.FromText(text), new ExtractionOptions(mainSubject, documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture)));

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
