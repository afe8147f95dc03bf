namespace Griot.Events.Store;

/// <summary>
/// The event store at <see cref="Path"/> cannot be used as it is. Each subclass is one distinct cause, with a message a
/// front end can show as it is, in one line and without a stack trace.
/// </summary>
public abstract class EventStoreException(string path, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The event store's file.</summary>
    public string Path { get; } = path;
}

/// <summary>
/// Another process holds the store's lock: an import is writing to it, or a server is reading it while an import
/// wants to write. Nothing was changed; the same call succeeds once the other process is done.
/// </summary>
public sealed class EventStoreBusyException(string path, Exception? innerException = null)
    : EventStoreException(path, $"another import or a server is using the event store {path}; try again when it is done", innerException);

/// <summary>
/// The file is not a Griot event store: not a DuckDB database at all, or the DuckDB database of another program.
/// It is left as it was.
/// </summary>
public sealed class NotAnEventStoreException(string path, string reason)
    : EventStoreException(path, $"{path} is not a Griot event store ({reason})")
{
    /// <summary>What the file is instead.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// The store was written by a newer Griot, whose schema (<see cref="Found"/>) this one does not know
/// (<see cref="Supported"/> is the newest it does). It is left as it was.
/// </summary>
public sealed class EventStoreVersionException(string path, int found, int supported)
    : EventStoreException(path, $"{path} was written by a newer Griot (event schema {found}; this one knows {supported}); update Griot")
{
    public int Found { get; } = found;

    public int Supported { get; } = supported;
}
