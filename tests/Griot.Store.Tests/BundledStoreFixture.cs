using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Testing;

namespace Griot.Store.Tests;

/// <summary>One store seeded from the bundled data, shared by read-only tests.</summary>
public sealed class BundledStoreFixture : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new();

    public SqliteKnowledgeStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await SqliteKnowledgeStore.OpenAsync(_folder.File("bundled.db"));
        await BundledData.EnsureSeededAsync(Store, TestData.DataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
