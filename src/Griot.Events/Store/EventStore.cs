namespace Griot.Events.Store;

/// <summary>Where the event store is and how to open it; what is in it is <see cref="IEventStore"/>'s.</summary>
public static class EventStore
{
    /// <summary>Where the event store is when none is named: <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside the knowledge store.</summary>
    public static string DefaultPath(string knowledgeDatabase) =>
        Environment.GetEnvironmentVariable("GRIOT_EVENTS") is { Length: > 0 } path
            ? path
            : Path.Join(Path.GetDirectoryName(Path.GetFullPath(knowledgeDatabase)), "events.duckdb");

    /// <summary>
    /// Opens the event store at <paramref name="path"/>: creates it when missing, and brings an older one to the
    /// current schema (unless read-only).
    /// </summary>
    /// <exception cref="FileNotFoundException">Read-only, and there is no store at <paramref name="path"/>.</exception>
    /// <exception cref="EventStoreBusyException">Another process holds the store's lock.</exception>
    /// <exception cref="NotAnEventStoreException">The file is not a Griot event store.</exception>
    /// <exception cref="EventStoreVersionException">The store was written by a newer Griot.</exception>
    public static async Task<IEventStore> OpenAsync(string path, EventStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        await DuckDbEventStore.OpenAsync(path, options ?? new EventStoreOptions(), cancellationToken);
}
