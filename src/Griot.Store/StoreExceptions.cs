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
