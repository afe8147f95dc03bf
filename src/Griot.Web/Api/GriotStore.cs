using Griot.Store;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Text.Claims;

namespace Griot.Web.Api;

/// <summary>
/// The knowledge store and the extractor the API serves from, opened (and seeded from the bundled data)
/// on first use: <c>Griot:Database</c> or <c>GRIOT_DB</c>, else the user's data folder; <c>Griot:Data</c> or
/// <c>GRIOT_DATA</c>, else the <c>data</c> folder beside the program.
/// </summary>
public sealed class GriotStore(IConfiguration configuration) : IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private IKnowledgeStore? _store;
    private ClaimExtractor? _extractor;

    public string DatabasePath => configuration["Griot:Database"] is { Length: > 0 } db ? db
        : Environment.GetEnvironmentVariable("GRIOT_DB") is { Length: > 0 } env ? env
        : Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "griot", "griot.db");

    public string DataDirectory => configuration["Griot:Data"] is { Length: > 0 } data ? data
        : Environment.GetEnvironmentVariable("GRIOT_DATA") is { Length: > 0 } env ? env
        : Path.Join(AppContext.BaseDirectory, "data");

    /// <summary>The event store: <c>Griot:Events</c> or <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside the knowledge store.</summary>
    public string EventsPath => configuration["Griot:Events"] is { Length: > 0 } events ? events : Griot.Events.Store.EventStore.DefaultPath(DatabasePath);

    /// <summary>
    /// Changes whenever the database files change (a write by this process or another, such as <c>griot import</c>),
    /// so cached answers are never served from data that is no longer there. Costs two file stats.
    /// </summary>
    public string Revision
    {
        get
        {
            var db = new FileInfo(DatabasePath);
            var wal = new FileInfo(DatabasePath + "-wal");
            return db.Exists
                ? $"{db.LastWriteTimeUtc.Ticks:x}.{db.Length:x}.{(wal.Exists ? wal.LastWriteTimeUtc.Ticks : 0):x}.{(wal.Exists ? wal.Length : 0):x}"
                : "none";
        }
    }

    public async Task<IKnowledgeStore> GetAsync(CancellationToken cancellationToken)
    {
        if (_store is { } store)
        {
            return store;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (_store is null)
            {
                var opened = await SqliteKnowledgeStore.OpenAsync(DatabasePath, cancellationToken);
                await BundledData.EnsureSeededAsync(opened, DataDirectory, cancellationToken);
                _extractor = await ClaimExtractor.FromStoreAsync(opened, cancellationToken);
                _store = opened;
            }

            return _store;
        }
        finally
        {
            _opening.Release();
        }
    }

    public async Task<ClaimExtractor> GetExtractorAsync(CancellationToken cancellationToken)
    {
        await GetAsync(cancellationToken);
        return _extractor!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _opening.Dispose();
    }
}
