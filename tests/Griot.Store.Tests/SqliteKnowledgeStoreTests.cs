using Griot.Store.Sqlite;
using Griot.Testing;
using Microsoft.Data.Sqlite;

namespace Griot.Store.Tests;

/// <summary>The store contract on SQLite, each test on its own database file.</summary>
public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreContract, IDisposable
{
    private readonly ScratchFolder _folder = new();

    protected override async Task<IKnowledgeStore> CreateStoreAsync() =>
        await SqliteKnowledgeStore.OpenAsync(_folder.File($"{Guid.NewGuid():N}.db"));

    protected override async Task<IKnowledgeStore> OpenAgainAsync(IKnowledgeStore store) =>
        await SqliteKnowledgeStore.OpenAsync(store.Location);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpenAsync_TextFile_RefusedAsNotAGriotDatabase()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, "these are not the tables you are looking for");

        var error = await Assert.ThrowsAsync<NotAGriotDatabaseException>(() => SqliteKnowledgeStore.OpenAsync(path));

        Assert.Contains("is not a Griot database", error.Message);
        Assert.Contains("notes.db", error.Message);
        Assert.Equal("these are not the tables you are looking for", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task OpenAsync_OtherProgramsSqlite_RefusedAndLeftAlone()
    {
        var path = _folder.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<NotAGriotDatabaseException>(() => SqliteKnowledgeStore.OpenAsync(path));

        Assert.Contains("another program", error.Message);
    }

    [Fact]
    public async Task OpenAsync_Twice_KeepsData()
    {
        var path = _folder.File("kept.db");
        await using (var store = await SqliteKnowledgeStore.OpenAsync(path))
        {
            await store.ImportAsync(new KnowledgeSet([], []), new ImportOptions("x", Meta: new Dictionary<string, string> { ["a"] = "1" }));
        }

        await using var again = await SqliteKnowledgeStore.OpenAsync(path);

        Assert.Equal("1", await again.GetMetaAsync("a"));
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_CreatesIt()
    {
        var path = Path.Join(_folder.Path, "deep", "er", "griot.db");

        await using var store = await SqliteKnowledgeStore.OpenAsync(path);

        Assert.True(File.Exists(path));
    }
}
