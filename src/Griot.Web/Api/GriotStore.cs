using Griot.Application;
using Griot.Application.Text;
using Griot.Store;
using Griot.Store.ReadModel;

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
    private readonly GriotLocations _locations = GriotLocations.From(key => configuration[key]);
    private GriotKnowledge? _knowledge;

    public string DatabasePath => _locations.Database;

    public string DataDirectory => _locations.Data;

    /// <summary>The event store: <c>Griot:Events</c> or <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside the knowledge store.</summary>
    public string EventsPath => _locations.Events;

    /// <summary>The store itself, for what the snapshot does not hold (an actor's sources, metadata) and for writes.</summary>
    public async Task<IKnowledgeStore> GetAsync(CancellationToken cancellationToken) => (await KnowledgeAsync(cancellationToken)).Store;

    /// <summary>The knowledge as of the store's revision now.</summary>
    public async Task<KnowledgeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        await (await KnowledgeAsync(cancellationToken)).SnapshotAsync(cancellationToken);

    /// <summary>Reading and checking texts against the knowledge as of the store's revision now.</summary>
    public async Task<TextChecks> GetTextChecksAsync(CancellationToken cancellationToken)
    {
        var (snapshot, extractor) = await (await KnowledgeAsync(cancellationToken)).ReaderAsync(cancellationToken);
        return new TextChecks(snapshot, extractor);
    }

    private async Task<GriotKnowledge> KnowledgeAsync(CancellationToken cancellationToken)
    {
        if (_knowledge is { } knowledge)
        {
            return knowledge;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            _knowledge ??= await GriotKnowledge.OpenAsync(DatabasePath, DataDirectory, cancellationToken);
            return _knowledge;
        }
        finally
        {
            _opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_knowledge is not null)
        {
            await _knowledge.DisposeAsync();
        }

        _opening.Dispose();
    }
}
