namespace Griot.Store;

/// <summary>The file given as a knowledge store is not one: not SQLite, or SQLite of another program.</summary>
public sealed class NotAGriotDatabaseException(string path, string reason)
    : Exception($"'{path}' is not a Griot database: {reason}")
{
    public string Path { get; } = path;
}

/// <summary>The store was written by a newer Griot whose schema this one does not know.</summary>
public sealed class StoreVersionException(string path, int found, int supported)
    : Exception($"'{path}' has schema version {found}, newer than this Griot supports ({supported}); update Griot")
{
}

/// <summary>
/// A store on a server cannot be reached or entered: the server refuses connections or does not answer, the
/// database does not exist, the login is refused, or the connection string is not one. Its message names the
/// location (never the password) and says what to check, so a front end can show it as it is, without a stack trace.
/// </summary>
public sealed class StoreUnavailableException(string location, string reason, Exception? innerException = null)
    : Exception($"cannot open the knowledge store at {location}: {reason}", innerException)
{
    /// <summary>The store's location, such as <c>postgresql://host:port/database</c>.</summary>
    public string Location { get; } = location;
}
