using Griot.Store;
using Griot.Store.ReadModel;
using Griot.Text.Claims;

namespace Griot.Application;

/// <summary>
/// An open knowledge store with what every front end reads from it: the current snapshot (read again when the store's
/// revision moves, a write by this process or another) and the claim extractor built from that snapshot's actors,
/// leaders and borders, rebuilt with it — so names added by <c>griot import</c> are recognized on the next request.
/// </summary>
public sealed class GriotKnowledge : IAsyncDisposable
{
    private readonly KnowledgeSnapshots _snapshots;
    private readonly SemaphoreSlim _building = new(1, 1);
    private (long Revision, ClaimExtractor Extractor)? _extractor;

    private GriotKnowledge(IKnowledgeStore store) => _snapshots = new KnowledgeSnapshots(store);

    public IKnowledgeStore Store => _snapshots.Store;

    /// <summary>Opens the store at <paramref name="location"/> and seeds it from <paramref name="dataDirectory"/> when that data is new or changed.</summary>
    public static async Task<GriotKnowledge> OpenAsync(string location, string dataDirectory, CancellationToken cancellationToken = default) =>
        new(await KnowledgeStores.OpenSeededAsync(location, dataDirectory, cancellationToken));

    /// <summary>The knowledge as of the store's revision now.</summary>
    public ValueTask<KnowledgeSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) => _snapshots.CurrentAsync(cancellationToken);

    /// <summary>The snapshot and the claim extractor over it, at the same revision.</summary>
    public async Task<(KnowledgeSnapshot Snapshot, ClaimExtractor Extractor)> ReaderAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        if (_extractor is { } built && built.Revision == snapshot.Revision)
        {
            return (snapshot, built.Extractor);
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_extractor is { } again && again.Revision == snapshot.Revision)
            {
                return (snapshot, again.Extractor);
            }

            var extractor = await ClaimExtractor.FromStoreAsync(snapshot, cancellationToken);
            _extractor = (snapshot.Revision, extractor);
            return (snapshot, extractor);
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshots.Store.DisposeAsync();
        _snapshots.Dispose();
        _building.Dispose();
    }
}
