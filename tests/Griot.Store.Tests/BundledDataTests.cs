using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Testing;

namespace Griot.Store.Tests;

public sealed class BundledDataTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EnsureSeeded_FirstOpen_SeedsThenSkips()
    {
        await using var store = await SqliteKnowledgeStore.OpenAsync(_folder.File("g.db"));

        Assert.True(await BundledData.EnsureSeededAsync(store, TestData.DataDirectory));
        Assert.False(await BundledData.EnsureSeededAsync(store, TestData.DataDirectory));

        var counts = await store.CountAsync();
        Assert.True(counts.Actors > 250);
        Assert.True(counts.StatementsByPredicate["borders"] > 300);
    }

    [Fact]
    public async Task EnsureSeeded_DataChanged_ReseedsAndDropsRemovedRows()
    {
        var data = _folder.CopyOfData();
        await using var store = await SqliteKnowledgeStore.OpenAsync(_folder.File("g.db"));
        await BundledData.EnsureSeededAsync(store, data);
        var before = (await store.CountAsync()).Statements;
        var presences = Path.Join(data, "statements", "mali-presences.tsv");
        var lines = (await File.ReadAllLinesAsync(presences)).ToList();
        lines.RemoveAt(lines.FindLastIndex(l => l.Contains("military_presence_in", StringComparison.Ordinal)));
        await File.WriteAllLinesAsync(presences, lines);

        Assert.True(await BundledData.EnsureSeededAsync(store, data));

        Assert.Equal(before - 1, (await store.CountAsync()).Statements);
    }

    [Fact]
    public async Task EnsureSeeded_BrokenData_RefusedAndStoreUnchanged()
    {
        var data = _folder.CopyOfData();
        await using var store = await SqliteKnowledgeStore.OpenAsync(_folder.File("g.db"));
        await BundledData.EnsureSeededAsync(store, data);
        var before = await store.CountAsync();
        await File.AppendAllTextAsync(Path.Join(data, "statements", "mali-leaders.tsv"), "MLI\tcoup\t\t2019-13-45\t\t\tsource\t\n");

        var error = await Assert.ThrowsAsync<BundledDataException>(() => BundledData.EnsureSeededAsync(store, data));

        Assert.Contains("mali-leaders.tsv", error.Message);
        Assert.Equal(before.Statements, (await store.CountAsync()).Statements);
    }
}
