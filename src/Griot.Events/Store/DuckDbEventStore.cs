using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Griot.Events.Queries;

namespace Griot.Events.Store;

/// <summary>
/// The event store in one DuckDB file: embedded and columnar, with the monthly dyad summary kept at import. A file
/// is imported inside a transaction, stored whole or not at all. DuckDB lets one process write a file, or several
/// read it; <see cref="EventStoreBusyException"/> says when another holds it.
/// </summary>
internal sealed partial class DuckDbEventStore : IEventStore, IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly bool _readOnly;

    private DuckDbEventStore(string path, DuckDBConnection connection, bool readOnly)
    {
        Path = path;
        _connection = connection;
        _readOnly = readOnly;
    }

    public string Path { get; }

    internal DuckDBConnection Connection => _connection;

    public static async Task<DuckDbEventStore> OpenAsync(string path, EventStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!MemorySize().IsMatch(options.MemoryLimit))
        {
            throw new ArgumentException($"'{options.MemoryLimit}' is not a memory size such as 512MB or 2GB", nameof(options));
        }

        path = System.IO.Path.GetFullPath(path);
        if (File.Exists(path))
        {
            CheckHeader(path);
        }
        else if (options.ReadOnly)
        {
            throw new FileNotFoundException($"{path}: no event store here; import events with griot events import", path);
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connection = new DuckDBConnection(ConnectionString(path, options));
        try
        {
            await OpenAsync(connection, path, cancellationToken);
            var store = new DuckDbEventStore(path, connection, options.ReadOnly);
            await store.PrepareAsync(cancellationToken);
            return store;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // The settings go in the connection string, which DuckDB.NET hands to DuckDB as its configuration: no value is
    // written into SQL. preserve_insertion_order = false lets an import stream instead of buffering to keep order.
    private static string ConnectionString(string path, EventStoreOptions options)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["memory_limit"] = options.MemoryLimit;
        builder["preserve_insertion_order"] = "false";
        if (options.ReadOnly)
        {
            builder["access_mode"] = "READ_ONLY";
        }

        return builder.ConnectionString;
    }

    private static async Task OpenAsync(DuckDBConnection connection, string path, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (DuckDBException e) when (IsLockConflict(e))
        {
            throw new EventStoreBusyException(path, e);
        }
    }

    /// <summary>
    /// DuckDB refuses to open a file whose lock another process holds with an I/O error "Could not set lock on file
    /// …: Conflicting lock is held in …". DuckDB.NET reports a failed open as one generic error type with DuckDB's
    /// message inside, so that message's fixed text is the only sign to go by; it is read here and nowhere else.
    /// </summary>
    internal static bool IsLockConflict(DuckDBException exception) =>
        exception.Message.Contains("IO Error: Could not set lock on file", StringComparison.Ordinal);

    private static void CheckHeader(string path)
    {
        var header = new byte[16];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        // A DuckDB file carries "DUCK" at byte 8.
        if (read < 12 || !header.AsSpan(8, 4).SequenceEqual("DUCK"u8))
        {
            throw new NotAnEventStoreException(path, "not a DuckDB database");
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var version = await EventStoreMigrations.VersionAsync(_connection, Path, cancellationToken);
        if (_readOnly)
        {
            if (version < EventStoreMigrations.OldestReadable)
            {
                throw new NotAnEventStoreException(Path, "an empty DuckDB database");
            }

            return;
        }

        await EventStoreMigrations.ApplyAsync(_connection, version, cancellationToken);
        await SetLookupMapsAsync(cancellationToken);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        _connection.ScalarAsync<long>("SELECT count(*) FROM events", cancellationToken);

    public Task<string?> GetCountryLabelAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _connection.ScalarAsync<string?>("SELECT label FROM cameo_countries WHERE code = $code", cancellationToken,
            DuckDbCommands.Parameter("code", code));
    }

    public async Task<IReadOnlyDictionary<string, string>> GetCountryLabelsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _connection.ListAsync("SELECT code, label FROM cameo_countries", r => (Code: r.GetString(0), Label: r.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Code, r => r.Label, StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<SeriesPoint>> GetDyadPeriodsAsync(string a, string b, DateOnly? from, DateOnly? to, SeriesInterval interval,
        CancellationToken cancellationToken = default) =>
        DyadQueries.PeriodsAsync(_connection, a, b, from, to, interval, cancellationToken);

    public Task<IReadOnlyList<PartnerVolume>> GetPartnersAsync(string country, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default) =>
        DyadQueries.PartnersAsync(_connection, country, from, to, cancellationToken);

    public Task<(DateOnly First, DateOnly Last)?> GetDyadSpanAsync(string a, string b, CancellationToken cancellationToken = default) =>
        DyadQueries.SpanAsync(_connection, a, b, cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    public void Dispose() => _connection.Dispose();

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemorySize();
}
