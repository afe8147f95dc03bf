using Griot.Application;
using Griot.Store;
using Griot.Store.ReadModel;
using Griot.Text.Claims;

namespace Griot.Web.Api;

/// <summary>
/// The knowledge store the API serves from, opened (and seeded from the bundled data) on first use —
/// <c>Griot:Database</c> or <c>GRIOT_DB</c> (a file path or a PostgreSQL connection string), else the user's data
/// folder; <c>Griot:Data</c> or <c>GRIOT_DATA</c>, else the <c>data</c> folder beside the program — and the snapshot of
/// it that every read answers from, read again whenever the store's revision moves (a write by this process or
/// another, such as <c>griot import</c>), with the claim extractor built from that snapshot's names.
/// </summary>
public sealed class GriotStore(IConfiguration configuration) : IAsyncDisposable
{
    /// <summary>Where a request's snapshot revision is kept (<see cref="HttpContext.Items"/>), for the output cache's key.</summary>
    public const string RevisionItem = "griot.revision";

    private readonly SemaphoreSlim _opening = new(1, 1);
    private KnowledgeSnapshots? _snapshots;
    private (long Revision, ClaimExtractor Extractor)? _extractor;

    public string DatabasePath => configuration["Griot:Database"] is { Length: > 0 } db ? db
        : Environment.GetEnvironmentVariable("GRIOT_DB") is { Length: > 0 } env ? env
        : Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "griot", "griot.db");

    public string DataDirectory => configuration["Griot:Data"] is { Length: > 0 } data ? data
        : Environment.GetEnvironmentVariable("GRIOT_DATA") is { Length: > 0 } env ? env
        : Path.Join(AppContext.BaseDirectory, "data");

    /// <summary>The event store: <c>Griot:Events</c> or <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside the knowledge store.</summary>
    public string EventsPath => configuration["Griot:Events"] is { Length: > 0 } events ? events : KnowledgeStores.DefaultEventsPath(DatabasePath);

    /// <summary>The store itself, for what the snapshot does not hold (an actor's sources, metadata) and for writes.</summary>
    public async Task<IKnowledgeStore> GetAsync(CancellationToken cancellationToken) => (await SnapshotsAsync(cancellationToken)).Store;

    /// <summary>The knowledge as of the store's revision now.</summary>
    public async Task<KnowledgeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        await (await SnapshotsAsync(cancellationToken)).CurrentAsync(cancellationToken);

    /// <summary>The claim extractor over the current snapshot's actors, leaders and borders.</summary>
    public async Task<ClaimExtractor> GetExtractorAsync(CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        if (_extractor is { } built && built.Revision == snapshot.Revision)
        {
            return built.Extractor;
        }

        var extractor = await ClaimExtractor.FromStoreAsync(snapshot, cancellationToken);
        _extractor = (snapshot.Revision, extractor);
        return extractor;
    }

    private async Task<KnowledgeSnapshots> SnapshotsAsync(CancellationToken cancellationToken)
    {
        if (_snapshots is { } snapshots)
        {
            return snapshots;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            _snapshots ??= new KnowledgeSnapshots(await KnowledgeStores.OpenSeededAsync(DatabasePath, DataDirectory, cancellationToken));
            return _snapshots;
        }
        finally
        {
            _opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_snapshots is not null)
        {
            await _snapshots.Store.DisposeAsync();
            _snapshots.Dispose();
        }

        _opening.Dispose();
    }
}
