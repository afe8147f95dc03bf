using System.Text.RegularExpressions;
using Griot.Events.Store;
using Griot.Store;
using Griot.Store.Postgres;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;

namespace Griot.Application;

/// <summary>
/// The one way to open a knowledge store from configuration: <c>--db</c>, <c>Griot:Database</c> or <c>GRIOT_DB</c>
/// hold a location, which is a file path (the embedded SQLite engine) or a PostgreSQL connection string
/// (<c>Host=db.example.org;Port=5432;Username=griot;Password=…;Database=griot</c>).
/// </summary>
public static partial class KnowledgeStores
{
    /// <summary>Opens the store at <paramref name="location"/>, creating it when missing and bringing its schema up to date.</summary>
    /// <exception cref="NotAGriotDatabaseException">The file or database holds something else.</exception>
    /// <exception cref="StoreVersionException">A newer Griot wrote it.</exception>
    /// <exception cref="StoreUnavailableException">The server cannot be reached or entered.</exception>
    public static async Task<IKnowledgeStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsServer(location)
            ? await PostgresKnowledgeStore.OpenAsync(location, cancellationToken)
            : await SqliteKnowledgeStore.OpenAsync(location, cancellationToken);
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

    /// <summary>True when <paramref name="location"/> is a PostgreSQL connection string (it names a Host or Server), not a file.</summary>
    public static bool IsServer(string location) => ServerKey().IsMatch(location);

    /// <summary>
    /// Where the event store is when none is named: <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside a knowledge
    /// store file, or in the user's data folder when the knowledge store is on a server.
    /// </summary>
    public static string DefaultEventsPath(string location) =>
        IsServer(location)
            ? EventStore.DefaultPath(Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "griot", "griot.db"))
            : EventStore.DefaultPath(location);

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServerKey();
}
