using Griot.Store;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;

namespace Griot.Application;

/// <summary>
/// The one way to open a knowledge store from configuration: <c>--db</c>, <c>Griot:Database</c> or <c>GRIOT_DB</c>
/// hold a location, which is a file path (the embedded SQLite engine) or a PostgreSQL connection string.
/// </summary>
public static class KnowledgeStores
{
    /// <summary>Opens the store at <paramref name="location"/>, creating it when missing and bringing its schema up to date.</summary>
    public static async Task<IKnowledgeStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return await SqliteKnowledgeStore.OpenAsync(location, cancellationToken);
    }

    /// <summary>Opens the store and seeds it from the bundled data when that data is new or has changed.</summary>
    public static async Task<IKnowledgeStore> OpenSeededAsync(string location, string dataDirectory, CancellationToken cancellationToken = default)
    {
        var store = await OpenAsync(location, cancellationToken);
        try
        {
            await BundledData.EnsureSeededAsync(store, dataDirectory, cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
