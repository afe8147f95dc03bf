namespace Griot.Application;

/// <summary>
/// Where Griot keeps things, bound once from configuration and the environment for every front end:
/// <c>Griot:Database</c> or <c>GRIOT_DB</c> (a file or a PostgreSQL connection string), else <c>griot/griot.db</c> in
/// the user's data folder; <c>Griot:Data</c> or <c>GRIOT_DATA</c> (the bundled reference data), else the <c>data</c>
/// folder beside the program; <c>Griot:Events</c> or <c>GRIOT_EVENTS</c> (the event store), else
/// <see cref="KnowledgeStores.DefaultEventsPath"/>.
/// </summary>
public sealed record GriotLocations(string Database, string Data, string Events)
{
    /// <summary>The user's default knowledge store file.</summary>
    public static string DefaultDatabase =>
        Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "griot", "griot.db");

    /// <summary>The bundled data beside the program.</summary>
    public static string DefaultData => Path.Join(AppContext.BaseDirectory, "data");

    /// <summary>The locations from settings (<paramref name="setting"/> answers <c>Griot:Database</c>, … or null), then the environment, then the defaults.</summary>
    public static GriotLocations From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string? Value(string key, string variable) =>
            setting(key) is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } environment ? environment
            : null;

        var database = Value("Griot:Database", "GRIOT_DB") ?? DefaultDatabase;
        return new GriotLocations(database, Value("Griot:Data", "GRIOT_DATA") ?? DefaultData,
            Value("Griot:Events", "GRIOT_EVENTS") ?? KnowledgeStores.DefaultEventsPath(database));
    }

    /// <summary>The locations from the environment alone (the command line).</summary>
    public static GriotLocations FromEnvironment() => From(_ => null);
}
