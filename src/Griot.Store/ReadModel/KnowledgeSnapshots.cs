namespace Griot.Store.ReadModel;

/// <summary>
/// The current <see cref="KnowledgeSnapshot"/> of a store. Each call asks the store for its revision (one small read)
/// and, when it has moved — a write by this process or by another, such as <c>griot import</c> — reads a new
/// snapshot and swaps it in whole; readers holding the old one finish on it. One reader builds while the others wait.
/// </summary>
public sealed class KnowledgeSnapshots(IKnowledgeStore store) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private KnowledgeSnapshot? _current;

    public IKnowledgeStore Store => store;

    /// <summary>The snapshot at the store's revision now.</summary>
    public async ValueTask<KnowledgeSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var revision = await store.GetRevisionAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } current && current.Revision == revision)
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _current) is { } built && built.Revision >= revision)
            {
                return built;
            }

            var fresh = await KnowledgeSnapshot.ReadAsync(store, cancellationToken);
            Volatile.Write(ref _current, fresh);
            return fresh;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
